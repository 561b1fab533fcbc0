package dev.socketworkbench.net.server;

import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import java.util.Objects;

/**
 * How a {@link ThreadedServer} listens and serves.
 *
 * @param bindHost          the address to listen on; 127.0.0.1 keeps it on this machine
 * @param port              0-65535; 0 lets the system pick a free port
 * @param reuseAddress      SO_REUSEADDR, as the seeds set it: restart at once although old connections linger in TIME_WAIT
 * @param backlog           how many completed connections may wait to be accepted
 * @param threadKind        a platform or a virtual thread per connection
 * @param protocol          echo, client list or greeting
 * @param greeting          what the greeting protocol sends
 * @param maxConnections    more connections than this at once are told why and closed
 * @param idleTimeoutMillis close a client that sends nothing for this long; 0 never does
 * @param maxNameBytes      the longest name the client-list protocol accepts
 */
public record ThreadedServerSettings(String bindHost, int port, boolean reuseAddress, int backlog,
                                     ThreadKind threadKind, ServerProtocol protocol, String greeting,
                                     int maxConnections, int idleTimeoutMillis, int maxNameBytes) {

    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final int DEFAULT_BACKLOG = 128;
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;
    public static final int DEFAULT_MAX_NAME_BYTES = 1024;
    public static final int MAX_NAME_BYTES_LIMIT = 1 << 20;
    public static final String DEFAULT_GREETING = "Thank you for connecting\r\n";

    public ThreadedServerSettings {
        Objects.requireNonNull(threadKind, "threadKind");
        Objects.requireNonNull(protocol, "protocol");
        bindHost = bindHost == null ? "" : bindHost;
        greeting = greeting == null ? "" : greeting;
    }

    /** A server on 127.0.0.1:{@code port} with platform threads and the defaults above. */
    public static ThreadedServerSettings of(int port, ServerProtocol protocol) {
        return new ThreadedServerSettings(DEFAULT_BIND_HOST, port, true, DEFAULT_BACKLOG, ThreadKind.PLATFORM,
                protocol, DEFAULT_GREETING, DEFAULT_MAX_CONNECTIONS, 0, DEFAULT_MAX_NAME_BYTES);
    }

    public ThreadedServerSettings withBindHost(String host) {
        return new ThreadedServerSettings(host, port, reuseAddress, backlog, threadKind, protocol, greeting, maxConnections, idleTimeoutMillis, maxNameBytes);
    }

    public ThreadedServerSettings withReuseAddress(boolean on) {
        return new ThreadedServerSettings(bindHost, port, on, backlog, threadKind, protocol, greeting, maxConnections, idleTimeoutMillis, maxNameBytes);
    }

    public ThreadedServerSettings withBacklog(int n) {
        return new ThreadedServerSettings(bindHost, port, reuseAddress, n, threadKind, protocol, greeting, maxConnections, idleTimeoutMillis, maxNameBytes);
    }

    public ThreadedServerSettings withThreadKind(ThreadKind kind) {
        return new ThreadedServerSettings(bindHost, port, reuseAddress, backlog, kind, protocol, greeting, maxConnections, idleTimeoutMillis, maxNameBytes);
    }

    public ThreadedServerSettings withGreeting(String text) {
        return new ThreadedServerSettings(bindHost, port, reuseAddress, backlog, threadKind, protocol, text, maxConnections, idleTimeoutMillis, maxNameBytes);
    }

    public ThreadedServerSettings withMaxConnections(int n) {
        return new ThreadedServerSettings(bindHost, port, reuseAddress, backlog, threadKind, protocol, greeting, n, idleTimeoutMillis, maxNameBytes);
    }

    public ThreadedServerSettings withIdleTimeoutMillis(int millis) {
        return new ThreadedServerSettings(bindHost, port, reuseAddress, backlog, threadKind, protocol, greeting, maxConnections, millis, maxNameBytes);
    }

    public ThreadedServerSettings withMaxNameBytes(int n) {
        return new ThreadedServerSettings(bindHost, port, reuseAddress, backlog, threadKind, protocol, greeting, maxConnections, idleTimeoutMillis, n);
    }

    /** Checks what the user typed without any DNS lookup. */
    public void validate() throws InvalidInputException {
        Hosts.checkSyntax("bind", bindHost);
        Ports.check("port", port, 0);
        if (backlog < 1) {
            throw new InvalidInputException("backlog", "The backlog must be at least 1, not " + backlog + ".");
        }
        if (maxConnections < 1) {
            throw new InvalidInputException("maxConnections", "The connection limit must be at least 1, not " + maxConnections + ".");
        }
        if (idleTimeoutMillis < 0) {
            throw new InvalidInputException("idleTimeout", "The idle timeout must be 0 (off) or a number of milliseconds, not " + idleTimeoutMillis + ".");
        }
        if (maxNameBytes < 1 || maxNameBytes > MAX_NAME_BYTES_LIMIT) {
            throw new InvalidInputException("maxNameBytes", "The longest name must be 1 to " + MAX_NAME_BYTES_LIMIT + " bytes, not " + maxNameBytes + ".");
        }
    }
}
