package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.event.TrafficTotals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The log's memory: the newest {@code capacity} events as rows in a ring, plus exact totals over
 * every event ever appended, including the ones evicted or never shown. A batch larger than the
 * capacity only turns its last {@code capacity} events into rows. Each append reports one
 * {@link Change} (rows gone from the front, rows added at the end), which {@link LogRowList} fires
 * as a single list change. Plain Java so it is tested without a toolkit; not thread-safe (the FX
 * thread owns it).
 */
public final class LogBuffer {
    public static final int DEFAULT_CAPACITY = 100_000;
    /** Ten million rows is already several GB of heap with real payloads. */
    public static final int MAX_CAPACITY = 10_000_000;
    private static final int INITIAL_SLOTS = 1024;

    /**
     * What one operation did to the rows: {@code removed} left the front (oldest first), then the last
     * {@code added} rows are new.
     */
    public record Change(List<NetEvent> removed, int added) {
        static final Change NONE = new Change(List.of(), 0);

        public boolean isEmpty() {
            return removed.isEmpty() && added == 0;
        }
    }

    private final TrafficTotals totals = new TrafficTotals();
    private NetEvent[] slots = new NetEvent[0];
    private int head;
    private int size;
    private int capacity;
    private long evicted;

    public LogBuffer() {
        this(DEFAULT_CAPACITY);
    }

    public LogBuffer(int capacity) {
        this.capacity = checkCapacity(capacity);
    }

    /** Records every event in the totals and keeps the newest {@code capacity} of buffer plus batch as rows. */
    public Change append(List<NetEvent> batch) {
        int n = batch.size();
        if (n == 0) {
            return Change.NONE;
        }
        for (int i = 0; i < n; i++) {
            totals.record(batch.get(i));
        }
        int kept = Math.min(n, capacity);
        int neverShown = n - kept;
        List<NetEvent> removed = removeOldest(Math.max(0, size + kept - capacity));
        ensureSlots(size + kept);
        for (int i = neverShown; i < n; i++) {
            slots[slot(size)] = batch.get(i);
            size++;
        }
        evicted += neverShown + removed.size();
        return new Change(removed, kept);
    }

    /** Forgets every row, the totals and the evicted count. */
    public Change clear() {
        List<NetEvent> removed = removeOldest(size);
        slots = new NetEvent[0];
        head = 0;
        totals.reset();
        evicted = 0;
        return removed.isEmpty() ? Change.NONE : new Change(removed, 0);
    }

    /** Changes the capacity; shrinking below the row count evicts the oldest rows (and counts them). */
    public Change setCapacity(int newCapacity) {
        checkCapacity(newCapacity);
        List<NetEvent> removed = removeOldest(Math.max(0, size - newCapacity));
        evicted += removed.size();
        capacity = newCapacity;
        if (slots.length > capacity) {
            resize(Math.min(capacity, Math.max(size, INITIAL_SLOTS)));
        }
        return removed.isEmpty() ? Change.NONE : new Change(removed, 0);
    }

    /** The row at {@code index}, 0 being the oldest kept. */
    public NetEvent get(int index) {
        Objects.checkIndex(index, size);
        return slots[slot(index)];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    /** How many events have ever been dropped from (or never made it into) the rows since the last clear. */
    public long evicted() {
        return evicted;
    }

    /** The counters as they are now. */
    public LogCounts counts() {
        return new LogCounts(totals.events(), totals.count(Direction.SENT), totals.count(Direction.RECEIVED),
                totals.count(Direction.INFO), totals.count(Direction.ERROR),
                totals.bytesSent(), totals.bytesReceived(), evicted, size, capacity);
    }

    private List<NetEvent> removeOldest(int count) {
        if (count == 0) {
            return List.of();
        }
        List<NetEvent> removed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = slot(i);
            removed.add(slots[s]);
            slots[s] = null;
        }
        head = slot(count);
        size -= count;
        return removed;
    }

    /** Grows the ring lazily, so a console that sees ten events does not hold a 100,000-slot array. */
    private void ensureSlots(int needed) {
        if (needed > slots.length) {
            long doubled = Math.max(INITIAL_SLOTS, 2L * slots.length);
            resize((int) Math.min(capacity, Math.max(needed, doubled)));
        }
    }

    private void resize(int length) {
        NetEvent[] bigger = new NetEvent[length];
        for (int i = 0; i < size; i++) {
            bigger[i] = slots[slot(i)];
        }
        slots = bigger;
        head = 0;
    }

    private int slot(int index) {
        int s = head + index;
        return s >= slots.length ? s - slots.length : s;
    }

    private static int checkCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be between 1 and " + MAX_CAPACITY + ": " + capacity);
        }
        return capacity;
    }
}
