package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the log table's rows and cells while the console is still empty and idle, so the first flood
 * of events does not pay for them. Cold, the first layout that fills an empty table creates every row
 * and cell skin, matches the CSS of each and runs all that code for the first time: 200-280 ms of
 * FX-thread work in ONE pulse of the flood (see the "Log console flood" section of docs/BENCHMARKS.md).
 *
 * <p>Each {@link #step()} gives the table some sample rows, lays it out, and gives it its own, still
 * empty, rows back, all inside one FX-thread call, before the pulse renders: the user never sees a sample
 * row. The table's VirtualFlow keeps the cells it built in its pile and reuses them when real rows arrive.
 * A table fills its whole view with rows (empty ones below the last item), so the first step builds them
 * all; that one step carries the class loading and first CSS matching and is the costly one. The later
 * steps take the cells from the pile back into the scene, give them other items and lay them out, which
 * is what the first flood pulse does, until the JIT has compiled that path: the sample row count doubles
 * while a step takes under half of {@link #STEP_BUDGET_NANOS}, grows by a quarter while it takes under
 * the budget and otherwise stays; then {@link #REPEATS} full views of other samples, scrolled to the end.
 *
 * <p>Only a console that can be seen warms up, and only some pulses after it was shown: the consoles of
 * tabs not selected wait, so the four tabs of the main window do not all do this in the same pulses.
 */
final class TableWarmUp {
    /** Used when the CSS has not set a fixed row height yet; a little smaller than 2em, so it errs on more rows. */
    private static final double GUESSED_ROW_HEIGHT = 20;
    /** The table's rows show all four directions, so every pseudo-class's CSS is matched once too. */
    private static final List<NetEvent> SAMPLES = samples();

    /** Full-view steps after the cells are built; each costs about one flood pulse's layout. */
    static final int REPEATS = 8;
    /** The first this many of them are also drawn once (see {@link #buildCells}). */
    static final int RENDERS = 3;
    /** What one idle step should cost at most once the classes are loaded: well under a frame's worth of jank. */
    static final long STEP_BUDGET_NANOS = 12_000_000;
    /** After this many steps over the budget the rows grow whatever a step costs, so a slow machine still gets there. */
    private static final int PATIENT_STEPS = 16;

    /** Idle pulses left alone after the console shows: its window's first frames have work enough of their own. */
    private static final int SETTLING_PULSES = 10;

    private final TableView<NetEvent> table;
    private int settling = SETTLING_PULSES;
    private int rows = 1;
    private int stepsOverBudget;
    private int repeats;
    private boolean finished;

    TableWarmUp(TableView<NetEvent> table) {
        this.table = table;
    }

    /**
     * Does one step: builds the cells for some more rows, or shows a full view of samples again. Does
     * nothing until the table has a skin and a height and can be seen; stops for good once the table has
     * real rows (they build the cells themselves) or after the last repeat. Call on the FX thread, in a
     * pulse that brought no events; once finished ({@link #isFinished()}) it does nothing.
     */
    void step() {
        if (finished) {
            return;
        }
        ObservableList<NetEvent> own = table.getItems();
        if (own == null || !own.isEmpty()) {
            finished = true;
            return;
        }
        if (table.getSkin() == null || table.getHeight() <= 0 || !isSeen() || settling-- > 0) {
            return;   // not laid out yet, in a tab that is not selected, or just shown: try again next pulse
        }
        int fullView = (int) Math.ceil(table.getHeight() / rowHeight()) + 1;
        if (rows < fullView) {
            long start = System.nanoTime();
            buildCells(own, rows, 0, false);
            long took = System.nanoTime() - start;
            if (took < STEP_BUDGET_NANOS / 2) {
                rows *= 2;
            } else if (took < STEP_BUDGET_NANOS || ++stepsOverBudget > PATIENT_STEPS) {
                rows += Math.max(1, rows / 4);
            }
        } else {
            // One row more every other time, shown scrolled to the end as a flood shows it: every cell gets
            // another item and another index, so :odd / :even flip too.
            repeats++;
            buildCells(own, fullView + repeats % 2, repeats, repeats <= RENDERS);
            finished = repeats >= REPEATS;
        }
    }

    /** True when the table and all its parents are visible (a selected tab, not a hidden one). */
    private boolean isSeen() {
        for (Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    boolean isFinished() {
        return finished;
    }

    private double rowHeight() {
        double fixed = table.getFixedCellSize();
        return fixed > 0 ? fixed : GUESSED_ROW_HEIGHT;
    }

    private void buildCells(ObservableList<NetEvent> own, int count, int shift, boolean render) {
        List<NetEvent> sample = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sample.add(SAMPLES.get((i + shift) % SAMPLES.size()));
        }
        int focused = table.getFocusModel() == null ? -1 : table.getFocusModel().getFocusedIndex();
        table.setItems(FXCollections.observableList(sample));
        table.scrollTo(count - 1);
        table.applyCss();
        table.layout();
        if (render) {
            // Drawn into an image nobody sees: the render thread's first frames of a full table (text of
            // every cell, backgrounds, the glyph cache) are as cold as its layout was, and the flood's
            // first pulses would wait for them.
            table.snapshot(null, null);
        }
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
        byte[] binary = new byte[48];   // control characters and bytes over 0x7f take the escaping path
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        return List.of(
                new NetEvent(now, Direction.INFO, "warm-up", "127.0.0.1:6667", "", 0, null, "Listening on 127.0.0.1:6667", null),
                new NetEvent(now, Direction.SENT, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667",
                        request.length, request, "", null),
                new NetEvent(now, Direction.RECEIVED, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667",
                        reply.length, reply, "", null),
                new NetEvent(now, Direction.RECEIVED, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667",
                        binary.length, binary, "", null),
                new NetEvent(now, Direction.ERROR, "warm-up", "127.0.0.1:50000", "127.0.0.1:6667", 0, null,
                        "Nothing is listening on 127.0.0.1:6667 (ICMP port unreachable)", null));
    }
}
