package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The log console's state and commands, without any control: the queue engines publish to, the
 * bounded buffer, the filtered rows the table shows, the filter text, the Text/Hex choice, the
 * counters and export. {@link #pulse()} is called once per frame by the view, on the FX thread;
 * tests call it directly, without a window.
 */
public final class LogConsoleModel {
    /**
     * At most this many events are drained per pulse: enough for millions of events a second at 60
     * pulses, while a producer that never pauses cannot keep one pulse draining for ever.
     */
    public static final int MAX_EVENTS_PER_PULSE = 250_000;
    /**
     * A pulse also stops taking in events after this long (checked between chunks, and counting the buffer's
     * work, not only the queue's), so a cold JIT or a busy machine cannot turn one pulse into a visible freeze;
     * whatever is left comes with the next pulse. The one list change after it costs about as much again.
     */
    public static final long DRAIN_BUDGET_NANOS = 8_000_000;
    /**
     * Small enough that a cold chunk stays within a few milliseconds, so the budget is checked often:
     * with 2,048 a flood's first pulses drained 13-19 ms of FX CPU against the 8 ms budget; with 512 the
     * worst cold pulse fell from 54-67 ms of FX CPU to 40-46 (LogFloodBenchmark, docs/BENCHMARKS.md).
     */
    private static final int DRAIN_CHUNK = 512;

    private final EventQueue queue = new EventQueue();
    private final LogBuffer buffer;
    private final LogRowList rows;
    /**
     * What the table shows: the buffer's own list while there is no filter, a {@link FilteredList} over
     * it while there is one. A FilteredList without a predicate would still map every index of every
     * change (and shift all of them when old rows are evicted), which was a tenth of the FX thread's
     * samples in a flood's first pulses; only a filter the user typed pays for it.
     */
    private final ReadOnlyObjectWrapper<ObservableList<NetEvent>> visibleRows;
    private final List<NetEvent> batch = new ArrayList<>();
    private final LogExporter exporter;
    private final Executor uiThread;
    private final LogLineFormat lineFormat = LogLineFormat.clock();

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<PayloadView> payloadView = new SimpleObjectProperty<>(this, "payloadView", PayloadView.TEXT);
    private final BooleanProperty autoscrollPaused = new SimpleBooleanProperty(this, "autoscrollPaused", false);
    private final ReadOnlyObjectWrapper<LogCounts> counts;
    private final ReadOnlyLongWrapper evicted = new ReadOnlyLongWrapper(this, "evicted", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** A console model that exports with the machine's time zone and reports back via {@code Platform.runLater}. */
    public LogConsoleModel() {
        this(LogBuffer.DEFAULT_CAPACITY, new LogExporter(), Platform::runLater);
    }

    /**
     * @param capacity rows kept before the oldest are evicted
     * @param exporter writes export files
     * @param uiThread runs the one status update after an export (tests pass {@code Runnable::run})
     */
    public LogConsoleModel(int capacity, LogExporter exporter, Executor uiThread) {
        this.buffer = new LogBuffer(capacity);
        this.rows = new LogRowList(buffer);
        this.visibleRows = new ReadOnlyObjectWrapper<>(this, "visibleRows", rows);
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.counts = new ReadOnlyObjectWrapper<>(this, "counts", buffer.counts());
        filterText.addListener((obs, old, text) -> {
            if (text == null || text.isEmpty()) {
                visibleRows.set(rows);
            } else if (visibleRows.get() instanceof FilteredList<NetEvent> filtered) {
                filtered.setPredicate(new LogFilter(text));
            } else {
                visibleRows.set(new FilteredList<>(rows, new LogFilter(text)));
            }
        });
    }

    /** Where engines publish; safe from any thread, never blocks. */
    public EventSink eventSink() {
        return queue;
    }

    /**
     * Drains what engines published since the last pulse into the buffer, a chunk at a time, until the
     * queue is empty, {@link #MAX_EVENTS_PER_PULSE} events have come, or {@link #DRAIN_BUDGET_NANOS} has been
     * spent taking them in (checked between chunks); then makes ONE list change and one counter update.
     * Call on the FX thread.
     *
     * @return how many events arrived
     */
    public int pulse() {
        long start = System.nanoTime();
        int n = 0;
        int moved;
        try {
            do {
                moved = queue.drainTo(batch, Math.min(DRAIN_CHUNK, MAX_EVENTS_PER_PULSE - n));
                if (moved > 0) {
                    rows.stage(batch);
                    batch.clear();
                    n += moved;
                }
            } while (moved == DRAIN_CHUNK && n < MAX_EVENTS_PER_PULSE && System.nanoTime() - start < DRAIN_BUDGET_NANOS);
        } finally {
            batch.clear();
            if (n > 0) {
                rows.fireStaged();
                publishCounts();
            }
        }
        return n;
    }

    /** Forgets all rows, totals and the evicted count; events still queued arrive with the next pulse. */
    public void clear() {
        rows.reset();
        status.set("");
        publishCounts();
    }

    public int getCapacity() {
        return buffer.capacity();
    }

    /** Sets how many rows are kept (1 to {@value LogBuffer#MAX_CAPACITY}); shrinking evicts the oldest rows. */
    public void setCapacity(int capacity) {
        rows.setCapacity(capacity);
        publishCounts();
    }

    /** The rows the table shows: the buffer's rows that pass the filter, oldest first. */
    public ObservableList<NetEvent> visibleRows() {
        return visibleRows.get();
    }

    /** Changes when a filter is typed or cleared; the table shows whichever list it holds. */
    public ReadOnlyObjectProperty<ObservableList<NetEvent>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    /** Every buffered row, filter or not. */
    public ObservableList<NetEvent> allRows() {
        return rows;
    }

    /** Tab-separated lines (as the table shows them, in the current Text/Hex view) for Copy. */
    public String linesFor(List<NetEvent> events) {
        return lineFormat.lines(events, payloadView.get());
    }

    /**
     * Writes the visible rows to {@code file} on a background thread; when done, {@link #statusProperty()}
     * says what happened in one sentence.
     */
    public CompletableFuture<Path> export(Path file, ExportFormat format) {
        List<NetEvent> snapshot = List.copyOf(visibleRows.get());
        status.set(String.format(Locale.ROOT, "Exporting %,d events to %s\u2026", snapshot.size(), file.getFileName()));
        return exporter.writeInBackground(snapshot, file, format)
                .whenComplete((path, error) -> uiThread.execute(() -> status.set(error == null
                        ? String.format(Locale.ROOT, "Exported %,d events to %s.", snapshot.size(), file)
                        : LogExporter.failure(file, error))));
    }

    private void publishCounts() {
        LogCounts now = buffer.counts();
        counts.set(now);
        evicted.set(now.evicted());
    }

    public ReadOnlyObjectProperty<LogCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public LogCounts getCounts() {
        return counts.get();
    }

    public ReadOnlyLongProperty evictedProperty() {
        return evicted.getReadOnlyProperty();
    }

    /** The outcome of the last export, or "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<PayloadView> payloadViewProperty() {
        return payloadView;
    }

    public BooleanProperty autoscrollPausedProperty() {
        return autoscrollPaused;
    }
}
