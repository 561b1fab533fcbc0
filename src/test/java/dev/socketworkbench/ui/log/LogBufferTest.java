package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogBufferTest {

    /** What the totals must be for events {@code [0, n)} of {@link Events#numbered(int)}. */
    private static LogCounts expectedTotals(int n, long evicted, int rows, int capacity) {
        long[] count = new long[4];
        long bytesSent = 0;
        long bytesReceived = 0;
        for (int i = 0; i < n; i++) {
            NetEvent e = Events.numbered(i);
            count[e.direction().ordinal()]++;
            if (e.direction() == Direction.SENT) {
                bytesSent += e.byteCount();
            } else if (e.direction() == Direction.RECEIVED) {
                bytesReceived += e.byteCount();
            }
        }
        return new LogCounts(n, count[0], count[1], count[2], count[3], bytesSent, bytesReceived, evicted, rows, capacity);
    }

    private static List<Integer> numbers(LogBuffer buffer) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            numbers.add(Events.number(buffer.get(i)));
        }
        return numbers;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    @Test
    void defaultCapacityIsOneHundredThousand() {
        assertEquals(100_000, new LogBuffer().capacity());
    }

    @Test
    void keepsEverythingWhileUnderCapacity() {
        LogBuffer buffer = new LogBuffer(10);
        LogBuffer.Change change = buffer.append(Events.numbered(0, 4));
        assertEquals(4, change.added());
        assertTrue(change.removed().isEmpty());
        assertEquals(range(0, 4), numbers(buffer));
        assertEquals(0, buffer.evicted());
        assertEquals(expectedTotals(4, 0, 4, 10), buffer.counts());
    }

    @Test
    void evictsTheOldestRowsAndCountsThemExactly() {
        LogBuffer buffer = new LogBuffer(10);
        buffer.append(Events.numbered(0, 8));
        LogBuffer.Change change = buffer.append(Events.numbered(8, 13));
        assertEquals(5, change.added());
        assertEquals(List.of(0, 1, 2), change.removed().stream().map(Events::number).toList());
        assertEquals(range(3, 13), numbers(buffer));
        assertEquals(3, buffer.evicted());
        assertEquals(expectedTotals(13, 3, 10, 10), buffer.counts());
    }

    @Test
    void manySmallBatchesWrapTheRingAndStayInOrder() {
        LogBuffer buffer = new LogBuffer(1000);
        int n = 0;
        for (int batch = 0; batch < 500; batch++) {
            int size = batch % 17;
            buffer.append(Events.numbered(n, n + size));
            n += size;
        }
        assertEquals(range(n - 1000, n), numbers(buffer));
        assertEquals(n - 1000, buffer.evicted());
        assertEquals(expectedTotals(n, n - 1000, 1000, 1000), buffer.counts());
    }

    @Test
    void aBurstLargerThanCapacityOnlyKeepsItsTail() {
        LogBuffer buffer = new LogBuffer(100);
        buffer.append(Events.numbered(0, 30));
        List<NetEvent> burst = Events.numbered(30, 1030);
        LogBuffer.Change change = buffer.append(burst);

        assertEquals(100, change.added());
        assertEquals(range(0, 30), change.removed().stream().map(Events::number).toList(),
                "only rows that existed are reported removed; the burst's dropped events never became rows");
        assertEquals(range(930, 1030), numbers(buffer));
        for (int i = 0; i < 100; i++) {
            assertSame(burst.get(900 + i), buffer.get(i), "rows are the burst's own events, not copies");
        }
        assertEquals(930, buffer.evicted());
        assertEquals(expectedTotals(1030, 930, 100, 100), buffer.counts());
    }

    @Test
    void clearResetsRowsTotalsAndEvicted() {
        LogBuffer buffer = new LogBuffer(5);
        buffer.append(Events.numbered(0, 12));
        LogBuffer.Change change = buffer.clear();
        assertEquals(range(7, 12), change.removed().stream().map(Events::number).toList());
        assertEquals(0, buffer.size());
        assertEquals(0, buffer.evicted());
        assertEquals(LogCounts.empty(5), buffer.counts());

        buffer.append(Events.numbered(100, 102));
        assertEquals(List.of(100, 101), numbers(buffer));
        assertEquals(2, buffer.counts().events());
    }

    @Test
    void shrinkingEvictsTheOldestAndGrowingKeepsMore() {
        LogBuffer buffer = new LogBuffer(10);
        buffer.append(Events.numbered(0, 10));
        LogBuffer.Change change = buffer.setCapacity(4);
        assertEquals(6, change.removed().size());
        assertEquals(range(6, 10), numbers(buffer));
        assertEquals(6, buffer.evicted());

        buffer.setCapacity(20);
        buffer.append(Events.numbered(10, 20));
        assertEquals(range(6, 20), numbers(buffer));
        assertEquals(6, buffer.evicted());
        assertEquals(expectedTotals(20, 6, 14, 20), buffer.counts());
    }

    @Test
    void capacityOfOneKeepsOnlyTheNewest() {
        LogBuffer buffer = new LogBuffer(1);
        buffer.append(Events.numbered(0, 3));
        buffer.append(Events.numbered(3, 4));
        assertEquals(List.of(3), numbers(buffer));
        assertEquals(3, buffer.evicted());
    }

    @Test
    void rejectsCapacitiesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new LogBuffer(0));
        assertThrows(IllegalArgumentException.class, () -> new LogBuffer(1).setCapacity(LogBuffer.MAX_CAPACITY + 1));
    }

    @Test
    void indexOutsideTheRowsThrows() {
        LogBuffer buffer = new LogBuffer(3);
        buffer.append(Events.numbered(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.get(2));
    }
}
