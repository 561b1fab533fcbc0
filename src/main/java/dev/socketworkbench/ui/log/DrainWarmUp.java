package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.util.List;

/**
 * Runs the console's drain path (the queue, the ring buffer, the one list change per pulse and the
 * filtered view on top) on a throwaway model in idle pulses, so the JIT has compiled it before the first
 * real flood. Cold, that path runs interpreted during the flood's first pulses while the compiler threads
 * take the second core, and the pulses wait for a core (docs/BENCHMARKS.md, "Log console flood").
 *
 * <p>Each {@link #step()} publishes {@link #EVENTS_PER_STEP} sample events to the scratch model and
 * drains them with its own pulse, which keeps to the pulse's time budget; after {@link #EVENTS} events
 * and an empty queue the scratch model is dropped. Nothing of it reaches the real console.
 */
final class DrainWarmUp {
    /** Enough calls for the JIT's second tier to compile the per-event methods (about 10,000 each). */
    static final int EVENTS = 200_000;
    static final int EVENTS_PER_STEP = 16_384;
    /** Small: the scratch model's rows are thrown away, only the code paths matter. */
    private static final int SCRATCH_CAPACITY = 10_000;

    private final List<NetEvent> samples;
    private LogConsoleModel scratch;
    private int published;
    private boolean finished;

    DrainWarmUp(List<NetEvent> samples) {
        this.samples = List.copyOf(samples);
    }

    /**
     * Publishes and drains the next events on the scratch model. Call on the FX thread in a pulse that
     * brought no real events.
     *
     * @return true when there is nothing more to do
     */
    boolean step() {
        if (isFinished()) {
            return true;
        }
        if (scratch == null) {
            scratch = new LogConsoleModel(SCRATCH_CAPACITY, new LogExporter(), Runnable::run);
        }
        EventSink sink = scratch.eventSink();
        int n = Math.min(EVENTS_PER_STEP, EVENTS - published);
        for (int i = 0; i < n; i++) {
            sink.publish(samples.get(i % samples.size()));
        }
        published += n;
        int drained = scratch.pulse();
        if (published >= EVENTS && drained == 0) {
            stop();
        }
        return isFinished();
    }

    /** Ends the warm-up at once (real traffic warms the path itself) and drops the scratch model. */
    void stop() {
        published = EVENTS;
        scratch = null;
        finished = true;
    }

    boolean isFinished() {
        return finished;
    }

    /** Events published to the scratch model so far; for tests. */
    int published() {
        return published;
    }

    /** Rows the scratch model took in so far, or -1 once it is gone; for tests. */
    long scratchEvents() {
        return scratch == null ? -1 : scratch.countsProperty().get().events();
    }
}
