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
            List<NetEvent> expected = new ArrayList<>();
            for (int i = 0; i < buffer.size(); i++) {
                if (Events.number(buffer.get(i)) % 2 == 1) {
                    expected.add(buffer.get(i));
                }
            }
            assertEquals(expected, List.copyOf(odd), "after step " + step);
        }
    }
}
