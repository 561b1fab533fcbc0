package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the log table's rows and cells while the console is still empty and idle, a few more each
 * pulse, so the first flood of events does not pay for them. Cold, the first layout that fills an empty
 * table creates every row and cell skin, matches the CSS of each and runs all that code for the first
 * time: 200-280 ms of FX-thread work in ONE pulse of the flood (see the "Log console flood" section of
 * docs/BENCHMARKS.md).
 *
 * <p>Each {@link #step()} gives the table some sample rows, lays it out (which builds the cells), and
 * gives it its own, still empty, rows back, all inside one FX-thread call, before the pulse renders: the
 * user never sees a sample row. The table's VirtualFlow keeps the cells it built and reuses them when
 * real rows arrive. The row count doubles each step (1, 2, 4, ...) up to a full view, so the cold
 * first-use work is spread over several pulses instead of landing in one.
 */
final class TableWarmUp {
    /** Used when the CSS has not set a fixed row height yet; a little smaller than 2em, so it errs on more rows. */
    private static final double GUESSED_ROW_HEIGHT = 20;
    /** The table's rows show all four directions, so every pseudo-class's CSS is matched once too. */
    private static final List<NetEvent> SAMPLES = samples();

    private final TableView<NetEvent> table;
    private int rows = 1;
    private boolean finished;

    TableWarmUp(TableView<NetEvent> table) {
        this.table = table;
    }

    /**
     * Builds the cells for up to twice as many rows as the last step. Does nothing until the table has a
     * skin and a height; stops for good once the table has real rows (they build the cells themselves)
     * or once a full view of cells exists. Call on the FX thread, in a pulse that brought no events.
     *
     * @return true when there is nothing more to do
     */
    boolean step() {
        if (finished) {
            return true;
        }
        ObservableList<NetEvent> own = table.getItems();
        if (own == null || !own.isEmpty()) {
            finished = true;
            return true;
        }
        if (table.getSkin() == null || table.getHeight() <= 0) {
            return false;   // not laid out yet (a tab that was never selected): try again next pulse
        }
        int fullView = (int) Math.ceil(table.getHeight() / rowHeight()) + 1;
        int count = Math.min(rows, fullView);
        buildCells(own, count);
        rows *= 2;
        finished = count >= fullView;
        return finished;
    }

    boolean isFinished() {
        return finished;
    }

    private double rowHeight() {
        double fixed = table.getFixedCellSize();
        return fixed > 0 ? fixed : GUESSED_ROW_HEIGHT;
    }

    private void buildCells(ObservableList<NetEvent> own, int count) {
        List<NetEvent> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(SAMPLES.get(i % SAMPLES.size()));
        }
        int focused = table.getFocusModel() == null ? -1 : table.getFocusModel().getFocusedIndex();
        table.setItems(FXCollections.observableList(sample));
        table.applyCss();
        table.layout();
        table.setItems(own);
        // Swapping the items may move the focus to the first sample row; an empty table has none.
        if (table.getFocusModel() != null && table.getFocusModel().getFocusedIndex() != focused) {
            table.getFocusModel().focus(focused);
        }
    }

    private static List<NetEvent> samples() {
        long now = System.currentTimeMillis();
        byte[] request = "GET / HTTP/1.0\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] reply = "hello from the echo server".getBytes(StandardCharsets.US_ASCII);
        return List.of(
                new NetEvent(now, Direction.INFO, "warm-up", "127.0.0.1:6667", "", 0, null, "Listening on 127.0.0.1:6667", null),
                new NetEvent(now, Direction.SENT, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667",
                        request.length, request, "", null),
                new NetEvent(now, Direction.RECEIVED, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667",
                        reply.length, reply, "", null),
                new NetEvent(now, Direction.ERROR, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667", 0, null,
                        "Nothing is listening on 127.0.0.1:6667 (ICMP port unreachable)", null));
    }
}
