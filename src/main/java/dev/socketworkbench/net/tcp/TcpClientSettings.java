package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a {@link TcpClient} connects to and how: a host (IPv4, IPv6 or a name) and port for
 * {@link Transport#TCP}, or a socket file for {@link Transport#UNIX}.
 *
 * @param transport            TCP or a Unix-domain socket
 * @param host                 name or address to connect to (TCP only)
 * @param port                 1-65535 (TCP only)
 * @param unixPath             the server's socket file (UNIX only), else null
 * @param connectTimeoutMillis how long connect may take; 0 waits as long as the operating system does
 * @param tcpNoDelay           TCP_NODELAY: send small writes at once instead of batching them (Nagle)
 * @param disconnectAfterBye   after sending "bye", close the connection as the seed's chat client does
 * @param readBufferBytes      the most one read can return; each read is reported as one event
 */
public record TcpClientSettings(Transport transport, String host, int port, Path unixPath,
                                int connectTimeoutMillis, boolean tcpNoDelay, boolean disconnectAfterBye,
                                int readBufferBytes) {

    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 5_000;
    public static final int DEFAULT_READ_BUFFER_BYTES = 8_192;
    /** The largest read buffer: plenty to watch a byte stream, small enough for the log. */
    public static final int MAX_READ_BUFFER_BYTES = 1 << 20;

    public TcpClientSettings {
        Objects.requireNonNull(transport, "transport");
        host = host == null ? "" : host;
    }

    /** A TCP client with the default timeout, Nagle on and no "bye" handling. */
    public static TcpClientSettings tcp(String host, int port) {
        return new TcpClientSettings(Transport.TCP, host, port, null,
                DEFAULT_CONNECT_TIMEOUT_MILLIS, false, false, DEFAULT_READ_BUFFER_BYTES);
    }

    /** A client of the Unix-domain socket at {@code path}. */
    public static TcpClientSettings unix(Path path) {
        return new TcpClientSettings(Transport.UNIX, "", 0, path,
                DEFAULT_CONNECT_TIMEOUT_MILLIS, false, false, DEFAULT_READ_BUFFER_BYTES);
    }

    public TcpClientSettings withConnectTimeoutMillis(int millis) {
        return new TcpClientSettings(transport, host, port, unixPath, millis, tcpNoDelay, disconnectAfterBye, readBufferBytes);
    }

    public TcpClientSettings withTcpNoDelay(boolean on) {
        return new TcpClientSettings(transport, host, port, unixPath, connectTimeoutMillis, on, disconnectAfterBye, readBufferBytes);
    }

    public TcpClientSettings withDisconnectAfterBye(boolean on) {
        return new TcpClientSettings(transport, host, port, unixPath, connectTimeoutMillis, tcpNoDelay, on, readBufferBytes);
    }

    public TcpClientSettings withReadBufferBytes(int bytes) {
        return new TcpClientSettings(transport, host, port, unixPath, connectTimeoutMillis, tcpNoDelay, disconnectAfterBye, bytes);
    }

    /** Checks what the user typed without any DNS lookup. */
    public void validate() throws InvalidInputException {
        if (transport == Transport.TCP) {
            Hosts.checkSyntax("host", host);
            Ports.check("port", port, 1);
        } else if (unixPath == null || unixPath.toString().isBlank()) {
            throw new InvalidInputException("path", "The socket path is empty; type the path of the server's socket file, such as /tmp/workbench.sock.");
        }
        if (connectTimeoutMillis < 0) {
            throw new InvalidInputException("connectTimeout", "The connect timeout " + connectTimeoutMillis + " ms is negative; use 0 (the system's own limit) or a number of milliseconds.");
        }
        if (readBufferBytes < 1 || readBufferBytes > MAX_READ_BUFFER_BYTES) {
            throw new InvalidInputException("readBuffer", "The read buffer must hold 1 to " + MAX_READ_BUFFER_BYTES + " bytes, not " + readBufferBytes + ".");
        }
    }

    /** Where this client connects, as the log shows it: {@code 127.0.0.1:5000}, {@code [::1]:5000}, {@code unix:/tmp/x.sock}. */
    public String target() {
        if (transport == Transport.UNIX) {
            return "unix:" + unixPath;
        }
        String h = host.strip();
        boolean bracketed = h.startsWith("[") && h.endsWith("]");
        return Endpoints.format(bracketed ? h.substring(1, h.length() - 1) : h, port);
    }
}
