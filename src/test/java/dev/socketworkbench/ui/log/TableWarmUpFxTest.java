package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Callback;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.socketworkbench.ui.log.FxAwait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console builds its table rows while idle ({@link TableWarmUp}) without ever showing a sample row
 * or touching the model, and the first real events reuse those rows instead of building new ones.
 */
class TableWarmUpFxTest extends ApplicationTest {
    /** Pulses to wait for the warm-up at most; it needs a few dozen on a busy machine. */
    private static final int MAX_PULSES = 1_200;

    private LogConsole console;
    private StackPane root;
    private final AtomicInteger rowsBuilt = new AtomicInteger();

    @Override
    public void start(Stage stage) {
        console = new LogConsole();
        countRowsBuilt(console.table());
        root = new StackPane(console);
        stage.setScene(new Scene(root, 1000, 600));
        stage.show();
    }

    private void countRowsBuilt(TableView<NetEvent> table) {
        Callback<TableView<NetEvent>, TableRow<NetEvent>> rows = table.getRowFactory();
        table.setRowFactory(t -> {
            rowsBuilt.incrementAndGet();
            return rows.call(t);
        });
    }

    /** Checks after every pulse (the console's timer runs first in a pulse) until the warm-up is done. */
    private void awaitWarmedUp(LogConsole c) throws Exception {
        assertTrue(FxAwait.pulsesUntil(c::isWarmedUp, MAX_PULSES, 120), "warmed up within " + MAX_PULSES + " pulses");
    }

    private List<Integer> shownRowIndexes() throws Exception {
        return FxAwait.shownRowIndexes(console.table());
    }

    @Test
    void anIdleConsoleBuildsAFullViewOfRowsAndStillShowsNothing() throws Exception {
        awaitWarmedUp(console);
        FxAwait.pulses(2);

        int fullView = fx(() -> (int) (console.table().getHeight() / console.table().getFixedCellSize()));
        assertTrue(rowsBuilt.get() >= fullView, rowsBuilt.get() + " rows built for a view of " + fullView);
        assertSame(console.model().visibleRows(), fx(() -> console.table().getItems()), "the table shows the model's rows again");
        assertTrue(fx(() -> console.table().getItems().isEmpty()));
        assertEquals(List.of(), shownRowIndexes(), "no sample row is left on screen");
        assertTrue(fx(() -> console.table().lookup(".placeholder").isVisible()), "\"No events yet\" shows");
        assertNull(fx(() -> console.table().getSelectionModel().getSelectedItem()));
        assertEquals(-1, (int) fx(() -> console.table().getFocusModel().getFocusedIndex()));
        assertEquals(new LogCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, LogBuffer.DEFAULT_CAPACITY), fx(console::countsProperty).get());
    }

    @Test
    void theFirstEventsReuseTheRowsBuiltWhileIdle() throws Exception {
        awaitWarmedUp(console);
        int built = rowsBuilt.get();

        List<NetEvent> events = Events.numbered(0, 300);
        events.forEach(console.eventSink()::publish);
        FxAwait.events(console, events.size());

        assertEquals(built, rowsBuilt.get(), "no row built for the real events");
        List<Integer> shown = shownRowIndexes();
        assertTrue(shown.contains(299), "scrolled to the newest row " + shown);
        assertEquals(299, fx(() -> Events.number(console.table().getItems().get(shown.getLast()))));
    }

    @Test
    void aConsoleThatCannotBeSeenWaitsAndEventsEndTheWarmUp() throws Exception {
        LogConsole hidden = fx(() -> {
            LogConsole c = new LogConsole();
            StackPane tab = new StackPane(c);
            tab.setVisible(false);       // like the content of a tab that is not selected
            root.getChildren().add(tab);
            return c;
        });
        FxAwait.pulses(30);
        assertFalse(fx(hidden::isWarmedUp), "a console nobody sees does not warm up");

        hidden.eventSink().publish(Events.sent("real"));
        FxAwait.events(hidden, 1);
        assertTrue(fx(hidden::isWarmedUp), "real rows build the cells themselves");
        assertEquals(1, (int) fx(() -> hidden.table().getItems().size()));
    }
}
