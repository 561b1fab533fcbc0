package dev.socketworkbench.net.event;

/**
 * Where an engine reports what it does. Implementations must be safe to call from any thread
 * and must not block: the UI's queue, the CLI's printer and test recorders all qualify.
 */
@FunctionalInterface
public interface EventSink {
    void publish(NetEvent event);

    /** A sink that drops everything, for benchmarks that measure the engine alone. */
    EventSink DISCARD = event -> { };
}
