package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link SimpleTcpServer} listens and what it says to each client.
 *
 * @param transport         TCP or a Unix-domain socket
 * @param bindHost          the address to listen on (TCP only); 127.0.0.1 keeps it on this machine
 * @param port              0-65535; 0 lets the system pick a free port (TCP only)
 * @param unixPath          the socket file to create (UNIX only), else null
 * @param backlog           how many connections may wait, completed but not yet accepted (the seed's listen(5))
 * @param readMessageFirst  read one message before greeting, as the STEP 1-6 server does
 * @param readTimeoutMillis how long to wait for that message before greeting anyway
 * @param greeting          what every client receives before the server closes the connection
 * @param maxConnections    stop after serving this many connections; 0 serves until stopped
 */
public record SimpleTcpServerSettings(Transport transport, String bindHost, int port, Path unixPath, int backlog,
                                      boolean readMessageFirst, int readTimeoutMillis, String greeting,
                                      int maxConnections) {

    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final int DEFAULT_BACKLOG = 5;
    public static final int DEFAULT_READ_TIMEOUT_MILLIS = 1_000;
    /** What the seed's server.py sends. */
    public static final String DEFAULT_GREETING = "Thank you for connecting\r\n";

    public SimpleTcpServerSettings {
        Objects.requireNonNull(transport, "transport");
        bindHost = bindHost == null ? "" : bindHost;
        greeting = greeting == null ? "" : greeting;
    }

    /** A TCP server on 127.0.0.1:{@code port} with the seed's greeting and backlog. */
    public static SimpleTcpServerSettings tcp(int port) {
        return new SimpleTcpServerSettings(Transport.TCP, DEFAULT_BIND_HOST, port, null, DEFAULT_BACKLOG,
                false, DEFAULT_READ_TIMEOUT_MILLIS, DEFAULT_GREETING, 0);
    }

    /** A server on the Unix-domain socket file {@code path}. */
    public static SimpleTcpServerSettings unix(Path path) {
        return new SimpleTcpServerSettings(Transport.UNIX, "", 0, path, DEFAULT_BACKLOG,
                false, DEFAULT_READ_TIMEOUT_MILLIS, DEFAULT_GREETING, 0);
    }

    public SimpleTcpServerSettings withBindHost(String host) {
        return new SimpleTcpServerSettings(transport, host, port, unixPath, backlog, readMessageFirst, readTimeoutMillis, greeting, maxConnections);
    }

    public SimpleTcpServerSettings withBacklog(int n) {
        return new SimpleTcpServerSettings(transport, bindHost, port, unixPath, n, readMessageFirst, readTimeoutMillis, greeting, maxConnections);
    }

    public SimpleTcpServerSettings withReadMessageFirst(boolean on, int timeoutMillis) {
        return new SimpleTcpServerSettings(transport, bindHost, port, unixPath, backlog, on, timeoutMillis, greeting, maxConnections);
    }

    public SimpleTcpServerSettings withGreeting(String text) {
        return new SimpleTcpServerSettings(transport, bindHost, port, unixPath, backlog, readMessageFirst, readTimeoutMillis, text, maxConnections);
    }

    public SimpleTcpServerSettings withMaxConnections(int n) {
        return new SimpleTcpServerSettings(transport, bindHost, port, unixPath, backlog, readMessageFirst, readTimeoutMillis, greeting, n);
    }

    /** Checks what the user typed without any DNS lookup. */
    public void validate() throws InvalidInputException {
        if (transport == Transport.TCP) {
            Hosts.checkSyntax("bind", bindHost);
            Ports.check("port", port, 0);
        } else if (unixPath == null || unixPath.toString().isBlank()) {
            throw new InvalidInputException("path", "The socket path is empty; type a path for the socket file, such as /tmp/workbench.sock.");
        }
        if (backlog < 1) {
            throw new InvalidInputException("backlog", "The backlog must be at least 1 (the seed uses 5), not " + backlog + ".");
        }
        if (readMessageFirst && readTimeoutMillis < 1) {
            throw new InvalidInputException("readTimeout", "The read timeout must be at least 1 ms, not " + readTimeoutMillis + ".");
        }
        if (maxConnections < 0) {
            throw new InvalidInputException("count", "The number of connections to serve must be 0 (no limit) or more, not " + maxConnections + ".");
        }
    }
}
