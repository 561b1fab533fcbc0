package dev.socketworkbench.bench;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.event.TrafficTotals;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A sink that does per event what the window does (DESIGN.md, "log console"): the engine thread puts each
 * event on a lock-free queue, and another thread drains the queue once per 60 Hz pulse into exact totals and
 * a bounded buffer of recent rows. It stands in for the UI's queue so a benchmark can price that cost
 * without a window.
 */
final class PulseDrainedQueue implements TotallingSink {
    private static final long PULSE_NANOS = TimeUnit.MILLISECONDS.toNanos(16);
    /** Rows the window keeps; older ones are evicted, totals stay exact. */
    private static final int KEPT_ROWS = 10_000;

    private final Queue<NetEvent> queue = new ConcurrentLinkedQueue<>();
    private final TrafficTotals totals = new TrafficTotals();   // touched by the drain thread only
    private final ArrayDeque<NetEvent> rows = new ArrayDeque<>(KEPT_ROWS);
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread drainer;
    private volatile String summary = "";

    PulseDrainedQueue() {
        drainer = Thread.ofPlatform().name("bench-event-pulse").daemon().start(this::drainEveryPulse);
    }

    @Override
    public void publish(NetEvent event) {
        queue.offer(event);
    }

    private void drainEveryPulse() {
        try {
            while (!stop.await(PULSE_NANOS, TimeUnit.NANOSECONDS)) {
                drain();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
        summary = String.format(Locale.ROOT, "events %d sent %d received %d", totals.events(),
                totals.count(Direction.SENT),
                totals.count(Direction.RECEIVED));
    }

    private void drain() {
        NetEvent e;
        while ((e = queue.poll()) != null) {
            totals.record(e);
            if (rows.size() == KEPT_ROWS) {
                rows.removeFirst();
            }
            rows.addLast(e);
        }
    }

    /** Stops the pulse after a last drain; returns the totals it counted. */
    @Override
    public String finish() throws InterruptedException {
        stop.countDown();
        drainer.join(TimeUnit.SECONDS.toMillis(10));
        return summary;
    }
}
