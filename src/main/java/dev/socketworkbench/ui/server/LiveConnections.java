package dev.socketworkbench.ui.server;

import dev.socketworkbench.net.server.ConnectionRegistry;
import dev.socketworkbench.net.server.ConnectionRow;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the connections table and the big figures show, read from a server's {@link ConnectionRegistry}
 * by polling: the view calls {@link #poll(long)} a few times a second on the JavaFX thread, and a poll
 * takes a snapshot only when the registry's version moved, so a thousand connection events cost one
 * table update, never one {@code Platform.runLater} each. Connections that closed stay listed for
 * {@link #CLOSED_ROW_MILLIS} ms: the registry's close callback only queues the last row (lock-free),
 * and the next poll picks it up.
 */
final class LiveConnections {
    /** How long a closed connection stays in the table, greyed, before it goes. */
    static final long CLOSED_ROW_MILLIS = 2_000;

    private final ObservableList<ShownConnection> rows = FXCollections.observableArrayList();
    private final ObservableList<ShownConnection> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper(this, "open");
    private final ReadOnlyIntegerWrapper liveThreads = new ReadOnlyIntegerWrapper(this, "liveThreads");
    private final ReadOnlyIntegerWrapper jvmThreads = new ReadOnlyIntegerWrapper(this, "jvmThreads");
    private final IntSupplier jvmThreadCount;
    private final Queue<ConnectionRow> justClosed = new ConcurrentLinkedQueue<>();
    /** Closed rows still shown, by id, with when (poll time, in nanoseconds) they were seen closed. */
    private final Map<Long, Lingering> closed = new TreeMap<>();
    private final ConnectionRegistry.Listener closeWatcher = new ConnectionRegistry.Listener() {
        @Override
        public void opened(ConnectionRow row) {
            // The next poll's snapshot shows it.
        }

        @Override
        public void closed(ConnectionRow row) {
            justClosed.offer(row);
        }
    };
    private ConnectionRegistry registry;
    private long seenVersion = -1;
    /** Set when the registry changed, so the next poll rebuilds the rows whatever the version says. */
    private boolean stale;

    /** Figures for this JVM: its live platform threads come from the ThreadMXBean. */
    LiveConnections() {
        this(ManagementFactory.getThreadMXBean()::getThreadCount);
    }

    /** @param jvmThreadCount how many threads the JVM has now (tests pass their own) */
    LiveConnections(IntSupplier jvmThreadCount) {
        this.jvmThreadCount = jvmThreadCount;
        jvmThreads.set(jvmThreadCount.getAsInt());
    }

    /**
     * Shows {@code next}'s connections from the next poll on. The previous registry is let go; rows
     * that already closed stay until their time is up.
     */
    void watch(ConnectionRegistry next) {
        if (registry != null) {
            registry.removeListener(closeWatcher);
        }
        registry = next;
        seenVersion = -1;
        stale = true;
        if (next != null) {
            next.addListener(closeWatcher);
        }
    }

    /**
     * Brings rows and figures up to date; call on the JavaFX thread.
     *
     * @param nowNanos {@link System#nanoTime()}, passed in so a test can move time
     * @return true if the rows changed
     */
    boolean poll(long nowNanos) {
        boolean changed = stale;
        stale = false;
        ConnectionRow row;
        while ((row = justClosed.poll()) != null) {
            closed.put(row.id(), new Lingering(row, nowNanos));
            changed = true;
        }
        long maxAge = TimeUnit.MILLISECONDS.toNanos(CLOSED_ROW_MILLIS);
        for (Iterator<Lingering> it = closed.values().iterator(); it.hasNext(); ) {
            if (nowNanos - it.next().since() >= maxAge) {
                it.remove();
                changed = true;
            }
        }
        List<ConnectionRow> live = List.of();
        if (registry != null) {
            long version = registry.version();
            if (version != seenVersion) {
                seenVersion = version;
                changed = true;
            }
            if (changed) {
                live = registry.snapshot();
            }
            open.set(registry.size());
            liveThreads.set(registry.liveThreadCount());
        } else {
            open.set(0);
            liveThreads.set(0);
        }
        jvmThreads.set(jvmThreadCount.getAsInt());
        if (changed) {
            merge(combine(live));
        }
        return changed;
    }

    /** Live and closed rows, by id; a closed row wins over a live one of the same id. */
    private List<Target> combine(List<ConnectionRow> live) {
        TreeMap<Long, Target> byId = new TreeMap<>();
        live.forEach(r -> byId.put(r.id(), new Target(r, false)));
        closed.forEach((id, l) -> byId.put(id, new Target(l.row(), true)));
        return new ArrayList<>(byId.values());
    }

    /**
     * Turns the shown rows into {@code target} (both sorted by id): a row that stays is updated in
     * place (no list change, so the table keeps its selection), and runs of rows that come or go are
     * added or removed as one change each.
     */
    private void merge(List<Target> target) {
        int i = 0;
        int t = 0;
        while (t < target.size()) {
            long want = target.get(t).row().id();
            int gone = i;
            while (gone < rows.size() && rows.get(gone).id() < want) {
                gone++;
            }
            if (gone > i) {
                rows.remove(i, gone);
            }
            if (i < rows.size() && rows.get(i).id() == want) {
                rows.get(i).update(target.get(t).row(), target.get(t).closed());
                i++;
                t++;
                continue;
            }
            long before = i < rows.size() ? rows.get(i).id() : Long.MAX_VALUE;
            List<ShownConnection> added = new ArrayList<>();
            while (t < target.size() && target.get(t).row().id() < before) {
                added.add(new ShownConnection(target.get(t).row(), target.get(t).closed()));
                t++;
            }
            rows.addAll(i, added);
            i += added.size();
        }
        if (i < rows.size()) {
            rows.remove(i, rows.size());
        }
    }

    /** The table's rows, oldest connection first; changes only in {@link #poll(long)}. */
    ObservableList<ShownConnection> rows() {
        return rowsView;
    }

    /** Connections open now. */
    ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Connection threads running now (the registry's count). */
    ReadOnlyIntegerProperty liveThreadsProperty() {
        return liveThreads.getReadOnlyProperty();
    }

    /** Live platform threads in the whole JVM; virtual threads are not counted. */
    ReadOnlyIntegerProperty jvmThreadsProperty() {
        return jvmThreads.getReadOnlyProperty();
    }

    private record Lingering(ConnectionRow row, long since) { }

    /** What one row should show after this poll. */
    private record Target(ConnectionRow row, boolean closed) { }
}
