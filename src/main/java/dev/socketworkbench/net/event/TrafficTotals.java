package dev.socketworkbench.net.event;

import java.util.EnumMap;
import java.util.Map;

/**
 * Exact running totals over a stream of events: how many of each direction and how many bytes
 * went each way. The log console keeps these even after it evicts old rows; the CLI prints them.
 * Not thread-safe: one thread records (the FX thread, or the CLI's engine thread).
 */
public final class TrafficTotals {
    private final Map<Direction, Long> counts = new EnumMap<>(Direction.class);
    private long events;
    private long bytesSent;
    private long bytesReceived;

    public void record(NetEvent event) {
        events++;
        counts.merge(event.direction(), 1L, Long::sum);
        switch (event.direction()) {
            case SENT -> bytesSent += event.byteCount();
            case RECEIVED -> bytesReceived += event.byteCount();
            default -> { }
        }
    }

    public long events() { return events; }

    public long count(Direction direction) { return counts.getOrDefault(direction, 0L); }

    public long bytesSent() { return bytesSent; }

    public long bytesReceived() { return bytesReceived; }

    public void reset() {
        counts.clear();
        events = 0;
        bytesSent = 0;
        bytesReceived = 0;
    }
}
