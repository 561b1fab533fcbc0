package dev.socketworkbench.bench;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * A sink that only counts, like a command line that prints totals at the end: the cheapest sink that still
 * looks at every event. Safe from any thread, as {@link dev.socketworkbench.net.event.EventSink} requires.
 */
final class CountingSink implements TotallingSink {
    private final LongAdder events = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder received = new LongAdder();

    @Override
    public void publish(NetEvent event) {
        events.increment();
        if (event.direction() == Direction.SENT) {
            sent.increment();
        } else if (event.direction() == Direction.RECEIVED) {
            received.increment();
        }
    }

    @Override
    public String finish() {
        return String.format(Locale.ROOT, "events %d sent %d received %d", events.sum(), sent.sum(), received.sum());
    }
}
