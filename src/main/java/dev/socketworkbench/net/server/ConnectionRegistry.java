package dev.socketworkbench.net.server;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live connections of one {@link ThreadedServer}, safe to read from any thread. The UI polls
 * {@link #snapshot()} (skipping polls when {@link #version()} has not moved) and may listen for
 * connections opening and closing; {@link #disconnect(long)} closes one connection.
 */
public final class ConnectionRegistry {

    /** Told when a connection opens or closes, on the server's threads: keep it quick. */
    public interface Listener {
        void opened(ConnectionRow row);

        void closed(ConnectionRow row);
    }

    private final Map<Long, Connection> connections = new ConcurrentSkipListMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger threads = new AtomicInteger();
    private boolean closed;

    /** The live connections, oldest first. */
    public List<ConnectionRow> snapshot() {
        List<ConnectionRow> rows = new ArrayList<>(connections.size());
        connections.values().forEach(c -> rows.add(c.row()));
        return rows;
    }

    public Optional<ConnectionRow> row(long id) {
        return Optional.ofNullable(connections.get(id)).map(Connection::row);
    }

    public int size() {
        return connections.size();
    }

    /** Connections whose thread is running right now. */
    public int liveThreadCount() {
        return threads.get();
    }

    /** Changes whenever any row changes (bytes, state, name), so a poller can skip unchanged snapshots. */
    public long version() {
        return version.get();
    }

    /** Closes connection {@code id}; its client sees the connection close. False if there is none. */
    public boolean disconnect(long id) {
        Connection c = connections.get(id);
        if (c == null) {
            return false;
        }
        c.closeBecause("disconnected from the connections table");
        return true;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Adds an accepted socket; null (and the socket closed) once the registry is closed. */
    Connection open(long id, Socket socket) {
        Connection c = new Connection(id, socket, version);
        boolean added;
        synchronized (this) {
            added = !closed;
            if (added) {
                connections.put(id, c);
                version.incrementAndGet();
            }
        }
        if (!added) {
            c.closeBecause("the server is stopping");
            return null;
        }
        ConnectionRow row = c.row();
        listeners.forEach(l -> l.opened(row));
        return c;
    }

    void threadStarted(Connection c, String threadName) {
        threads.incrementAndGet();
        c.thread(threadName);
        c.state(ConnectionState.OPEN);
    }

    /** Removes a connection whose thread is finishing. */
    void remove(Connection c) {
        if (connections.remove(c.id(), c)) {
            version.incrementAndGet();
            ConnectionRow row = c.row();
            listeners.forEach(l -> l.closed(row));
        }
    }

    void threadEnded() {
        threads.decrementAndGet();
    }

    /** Closes every connection now and refuses new ones; their threads then remove them. Returns how many it closed. */
    int closeAll(String reason) {
        synchronized (this) {
            closed = true;
        }
        List<Connection> open = List.copyOf(connections.values());
        open.forEach(c -> c.closeBecause(reason));
        return open.size();
    }
}
