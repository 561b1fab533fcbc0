package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/** Keeps every event an engine publishes and lets a test wait for the ones it expects (UDP and raw-frame tests). */
public final class EventRecorder implements EventSink {
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<NetEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(NetEvent event) {
        events.add(event);
        notifyAll();
    }

    public synchronized List<NetEvent> events() {
        return List.copyOf(events);
    }

    public List<NetEvent> events(Direction direction) {
        return events().stream().filter(e -> e.direction() == direction).toList();
    }

    /** Waits until {@code n} events match, and returns them. */
    public synchronized List<NetEvent> awaitCount(int n, Predicate<NetEvent> match, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<NetEvent> found = events.stream().filter(match).toList();
            if (found.size() >= n) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return fail("Waited " + PATIENCE.toSeconds() + " s for " + n + " x " + what + "; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public NetEvent await(Predicate<NetEvent> match, String what) throws InterruptedException {
        return awaitCount(1, match, what).get(0);
    }

    public NetEvent await(Direction direction) throws InterruptedException {
        return await(e -> e.direction() == direction, direction.toString());
    }
}
