package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Test sink: keeps every event and lets a test wait (on a monitor, not a sleep) until one arrives. */
public final class EventRecorder implements EventSink {
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final List<NetEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(NetEvent event) {
        events.add(event);
        notifyAll();
    }

    public synchronized List<NetEvent> all() {
        return List.copyOf(events);
    }

    public List<NetEvent> matching(Predicate<NetEvent> test) {
        return all().stream().filter(test).toList();
    }

    public List<NetEvent> errors() {
        return matching(e -> e.direction() == Direction.ERROR);
    }

    /** Bytes of every event in {@code direction}, in order. */
    public byte[] bytes(Direction direction) {
        var out = new java.io.ByteArrayOutputStream();
        matching(e -> e.direction() == direction).forEach(e -> out.writeBytes(e.payload()));
        return out.toByteArray();
    }

    /** Waits until some event matches; fails with every event so far if none does in time. */
    public synchronized NetEvent await(Predicate<NetEvent> test, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            for (NetEvent e : events) {
                if (test.test(e)) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No event " + what + " within " + TIMEOUT.toSeconds() + " s; got:\n" + dump());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /** Waits until the bytes received add up to at least {@code count}. */
    public synchronized void awaitReceivedBytes(long count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (bytes(Direction.RECEIVED).length < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Fewer than " + count + " bytes received; got:\n" + dump());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public NetEvent awaitMessage(Direction direction, String fragment) {
        return await(e -> e.direction() == direction && e.message().contains(fragment),
                direction + " containing \"" + fragment + "\"");
    }

    public synchronized String dump() {
        return events.stream().map(NetEvent::toString).collect(Collectors.joining("\n"));
    }
}
