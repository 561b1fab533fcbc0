package dev.socketworkbench.net.event;

import java.util.Arrays;

/**
 * Exact running totals over a stream of events: how many of each direction and how many bytes
 * went each way. The log console keeps these even after it evicts old rows; the CLI prints them.
 * Not thread-safe: one thread records (the FX thread, or the CLI's engine thread).
 */
public final class TrafficTotals {
    /** Events per direction, by ordinal: a plain array, since the log records every event on the FX thread. */
    private final long[] counts = new long[Direction.values().length];
    private long events;
    private long bytesSent;
    private long bytesReceived;

    public void record(NetEvent event) {
        events++;
        counts[event.direction().ordinal()]++;
        switch (event.direction()) {
            case SENT -> bytesSent += event.byteCount();
            case RECEIVED -> bytesReceived += event.byteCount();
            default -> { }
        }
    }

    public long events() { return events; }

    public long count(Direction direction) { return counts[direction.ordinal()]; }

    public long bytesSent() { return bytesSent; }

    public long bytesReceived() { return bytesReceived; }

    public void reset() {
        Arrays.fill(counts, 0);
        events = 0;
        bytesSent = 0;
        bytesReceived = 0;
    }
}
