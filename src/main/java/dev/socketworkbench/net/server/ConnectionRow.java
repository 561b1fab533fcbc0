package dev.socketworkbench.net.server;

import java.time.Instant;

/**
 * One row of the connections table: a snapshot of one live connection of a {@link ThreadedServer}.
 *
 * @param id             the server's number for this connection, from 1
 * @param remoteAddress  the client's IP address
 * @param remotePort     the client's port
 * @param name           the name the client gave (client-list protocol), else ""
 * @param threadName     the thread serving it, e.g. {@code server-conn-7}; "" until it starts
 * @param bytesIn        bytes read from the client so far
 * @param bytesOut       bytes written to the client so far
 * @param connectedSince when the connection was accepted
 * @param state          accepted, open or closing
 */
public record ConnectionRow(long id, String remoteAddress, int remotePort, String name, String threadName,
                            long bytesIn, long bytesOut, Instant connectedSince, ConnectionState state) {
}
