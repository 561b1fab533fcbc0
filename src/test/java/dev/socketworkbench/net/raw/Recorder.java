package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/** Keeps every event an engine publishes and lets a test wait for the ones it expects. */
final class Recorder implements EventSink {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<NetEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(NetEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<NetEvent> events() {
        return List.copyOf(events);
    }

    List<NetEvent> events(Direction direction) {
        return events().stream().filter(e -> e.direction() == direction).toList();
    }

    /** Waits until {@code n} events match, and returns them. */
    synchronized List<NetEvent> awaitCount(int n, Predicate<NetEvent> match, String what) throws InterruptedException {
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
}
