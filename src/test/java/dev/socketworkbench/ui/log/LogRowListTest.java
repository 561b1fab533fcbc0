package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ObservableList view must fire exactly one consistent change per buffer operation. */
class LogRowListTest {

    @Test
    void oneChangePerAppendWithTheEvictedAndAddedRows() {
        LogRowList rows = new LogRowList(new LogBuffer(10));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<NetEvent>) c -> {
            StringBuilder s = new StringBuilder();
            while (c.next()) {
                if (c.wasRemoved()) {
                    s.append("-").append(c.getFrom()).append(":").append(c.getRemoved().stream().map(Events::number).toList());
                }
                if (c.wasAdded()) {
                    s.append("+").append(c.getFrom()).append("..").append(c.getTo());
                }
            }
            changes.add(s.toString());
        });

        rows.append(Events.numbered(0, 8));
        rows.append(Events.numbered(8, 12));
        rows.append(List.of());
        rows.reset();

        assertEquals(List.of("+0..8", "-0:[0, 1]+6..10", "-0:[2, 3, 4, 5, 6, 7, 8, 9, 10, 11]"), changes);
    }

    @Test
    void aFilteredListOnTopStaysEqualToFilteringTheBuffer() {
        LogBuffer buffer = new LogBuffer(50);
        LogRowList rows = new LogRowList(buffer);
        FilteredList<NetEvent> odd = new FilteredList<>(rows, e -> Events.number(e) % 2 == 1);
        Random random = new Random(42);
        int n = 0;
        for (int step = 0; step < 300; step++) {
            int size = random.nextInt(step % 50 == 0 ? 200 : 20);
            rows.append(Events.numbered(n, n + size));
            n += size;
            if (step % 97 == 0) {
                rows.setCapacity(10 + random.nextInt(60));
            }
            assertEquals(oddRowsOf(buffer), List.copyOf(odd), "after step " + step);
        }
    }

    @Test
    void stagedBatchesFireOneChangeWithoutRowsThatCameAndWentInBetween() {
        LogRowList rows = new LogRowList(new LogBuffer(10));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<NetEvent>) c -> changes.add(describe(c)));

        rows.stage(Events.numbered(0, 4));
        rows.stage(Events.numbered(4, 6));
        rows.fireStaged();
        rows.fireStaged();                      // nothing staged since: no change
        rows.stage(Events.numbered(6, 9));      // evicts nothing yet (9 rows)
        rows.stage(Events.numbered(9, 12));     // evicts 0 and 1, which listeners know
        rows.stage(Events.numbered(12, 20));    // evicts 2..5 (known) and 6..9 (staged, never seen)
        rows.fireStaged();
        rows.stage(Events.numbered(20, 45));    // more than the capacity: only 35..44 are kept
        rows.fireStaged();

        assertEquals(List.of(
                "+0..6",
                "-0:[0, 1, 2, 3, 4, 5]+0..10",
                "-0:[10, 11, 12, 13, 14, 15, 16, 17, 18, 19]+0..10"), changes);
        assertEquals(List.of(35, 36, 37, 38, 39, 40, 41, 42, 43, 44), rows.stream().map(Events::number).toList());
    }

    @Test
    void stagedChangesKeepAFilteredListOnTopEqualToFilteringTheBuffer() {
        LogBuffer buffer = new LogBuffer(50);
        LogRowList rows = new LogRowList(buffer);
        FilteredList<NetEvent> odd = new FilteredList<>(rows, e -> Events.number(e) % 2 == 1);
        Random random = new Random(7);
        int n = 0;
        for (int step = 0; step < 300; step++) {
            int batches = 1 + random.nextInt(5);
            for (int b = 0; b < batches; b++) {
                int size = random.nextInt(step % 40 == 0 ? 120 : 25);
                rows.stage(Events.numbered(n, n + size));
                n += size;
            }
            rows.fireStaged();
            assertEquals(oddRowsOf(buffer), List.copyOf(odd), "after step " + step);
        }
    }

    /** What a filter for odd-numbered rows should show: the buffer's rows, filtered by hand. */
    private static List<NetEvent> oddRowsOf(LogBuffer buffer) {
        List<NetEvent> expected = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            if (Events.number(buffer.get(i)) % 2 == 1) {
                expected.add(buffer.get(i));
            }
        }
        return expected;
    }

    private static String describe(ListChangeListener.Change<? extends NetEvent> c) {
        StringBuilder s = new StringBuilder();
        while (c.next()) {
            if (c.wasRemoved()) {
                s.append("-").append(c.getFrom()).append(":").append(c.getRemoved().stream().map(Events::number).toList());
            }
            if (c.wasAdded()) {
                s.append("+").append(c.getFrom()).append("..").append(c.getTo());
            }
        }
        return s.toString();
    }
}
