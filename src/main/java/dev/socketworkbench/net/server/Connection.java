package dev.socketworkbench.net.server;

import dev.socketworkbench.net.event.Endpoints;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The live, mutable record behind one {@link ConnectionRow}; owned by {@link ConnectionRegistry}. */
final class Connection {
    private final long id;
    private final Socket socket;
    private final InetSocketAddress remote;
    private final Instant since = Instant.now();
    private final AtomicLong version;
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private volatile String name = "";
    private volatile String threadName = "";
    private volatile ConnectionState state = ConnectionState.ACCEPTED;
    private volatile String closeReason;

    Connection(long id, Socket socket, AtomicLong version) {
        this.id = id;
        this.socket = socket;
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.version = version;
    }

    long id() {
        return id;
    }

    Socket socket() {
        return socket;
    }

    InetSocketAddress remote() {
        return remote;
    }

    String endpoint() {
        return Endpoints.format(remote);
    }

    void name(String value) {
        name = value;
        version.incrementAndGet();
    }

    void thread(String value) {
        threadName = value;
        version.incrementAndGet();
    }

    void state(ConnectionState value) {
        state = value;
        version.incrementAndGet();
    }

    void addIn(int n) {
        bytesIn.addAndGet(n);
        version.incrementAndGet();
    }

    void addOut(int n) {
        bytesOut.addAndGet(n);
        version.incrementAndGet();
    }

    long bytesIn() {
        return bytesIn.get();
    }

    long bytesOut() {
        return bytesOut.get();
    }

    /** Closes the socket on the server's behalf; {@code reason} says why in the log. First reason wins. */
    void closeBecause(String reason) {
        synchronized (this) {
            if (closeReason == null) {
                closeReason = reason;
            }
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // The socket is unusable either way; its thread sees the close and ends.
        }
    }

    /** Why the server closed this connection, or null if it did not (yet). */
    synchronized String closeReason() {
        return closeReason;
    }

    ConnectionRow row() {
        return new ConnectionRow(id, Endpoints.host(remote.getAddress()), remote.getPort(), name, threadName,
                bytesIn.get(), bytesOut.get(), since, state);
    }
}
