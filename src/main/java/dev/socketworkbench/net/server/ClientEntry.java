package dev.socketworkbench.net.server;

/**
 * One client in the client list, as client_list.py records it: {@code {"name", "address", "port"}}.
 *
 * @param name    the name the client sent
 * @param address the client's IP address
 * @param port    the client's port
 */
public record ClientEntry(String name, String address, int port) {
}
