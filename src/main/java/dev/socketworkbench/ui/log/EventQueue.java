package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;

import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The hand-over point between engines and the log console: engines publish from any thread,
 * the console drains once per pulse on the FX thread. Lock-free (a Michael-Scott queue), unbounded,
 * so {@link #publish} never blocks an engine and never drops an event; totals stay exact.
 */
public final class EventQueue implements EventSink {
    private final ConcurrentLinkedQueue<NetEvent> queue = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(NetEvent event) {
        queue.offer(Objects.requireNonNull(event, "event"));
    }

    /**
     * Hands at most {@code max} events, oldest first, to {@code into}. The bound keeps one pulse short
     * even while producers keep publishing faster than the console drains.
     *
     * @return how many events were moved
     */
    public int drainTo(Collection<? super NetEvent> into, int max) {
        int moved = 0;
        NetEvent event;
        while (moved < max && (event = queue.poll()) != null) {
            into.add(event);
            moved++;
        }
        return moved;
    }

    /**
     * Hands every queued event, oldest first, to {@code consumer}. Stops when the queue is seen empty;
     * with producers still running prefer {@link #drainTo(Collection, int)}.
     *
     * @return how many events were handed over
     */
    public int drainTo(Consumer<? super NetEvent> consumer) {
        int moved = 0;
        NetEvent event;
        while ((event = queue.poll()) != null) {
            consumer.accept(event);
            moved++;
        }
        return moved;
    }

    /** True when nothing is waiting to be drained (a snapshot; producers may add at once). */
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
