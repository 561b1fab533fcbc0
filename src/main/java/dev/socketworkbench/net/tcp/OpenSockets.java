package dev.socketworkbench.net.tcp;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sockets (and selectors) an engine has open, so that {@code close()} from any thread can close
 * them all and make blocked calls return. A socket added after closing is closed at once, which
 * removes the race between "Stop" and a connect or accept that is just finishing.
 */
public final class OpenSockets {
    private final Set<Closeable> open = new LinkedHashSet<>();
    private boolean closed;

    /** Tracks {@code socket}; returns false (and closes it) if the engine is already closed. */
    public boolean add(Closeable socket) {
        synchronized (open) {
            if (!closed) {
                open.add(socket);
                return true;
            }
        }
        closeQuietly(socket);
        return false;
    }

    /** Closes {@code socket} and stops tracking it. */
    public void close(Closeable socket) {
        synchronized (open) {
            open.remove(socket);
        }
        closeQuietly(socket);
    }

    /** Closes everything tracked now and everything added later. Idempotent. */
    public void closeAll() {
        List<Closeable> toClose;
        synchronized (open) {
            closed = true;
            toClose = new ArrayList<>(open);
            open.clear();
        }
        toClose.forEach(OpenSockets::closeQuietly);
    }

    public boolean isClosed() {
        synchronized (open) {
            return closed;
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // Closing is best effort: the socket is unusable either way.
        }
    }
}
