package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.payload.HexDump;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.socketworkbench.ui.log.FxAwait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console in a headless stage, driven through its controls. */
class LogConsoleFxTest extends ApplicationTest {
    private LogConsole console;
    private StackPane root;

    @Override
    public void start(Stage stage) {
        console = new LogConsole();
        root = new StackPane(console);
        stage.setScene(new Scene(root, 1000, 600));
        stage.show();
    }

    private void publish(List<NetEvent> events) throws Exception {
        long before = fx(() -> console.countsProperty().get().events());
        events.forEach(console.eventSink()::publish);
        FxAwait.events(console, before + events.size());
    }

    private Optional<String> cellText(String styleClass, int row) throws Exception {
        return fx(() -> lookup("." + styleClass).queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == row && !c.isEmpty() && c.isVisible())
                .map(TableCell::getText)
                .findFirst());
    }

    /** The colour state (pseudo-class) of the Direction cell in {@code row}. */
    private Optional<String> directionState(int row) throws Exception {
        return fx(() -> lookup(".log-direction-cell").queryAll().stream()
                .filter(n -> ((TableCell<?, ?>) n).getIndex() == row && !((TableCell<?, ?>) n).isEmpty())
                .flatMap(n -> n.getPseudoClassStates().stream())
                .map(PseudoClass::getPseudoClassName)
                .filter(name -> List.of("sent", "received", "info", "error").contains(name))
                .findFirst());
    }

    private List<Integer> visibleRowIndexes() throws Exception {
        return FxAwait.shownRowIndexes(console.table());
    }

    @Test
    void toolbarActionsShowTheWorkbenchGlyphBesideTheirWordsAndATooltip() throws Exception {
        for (String styleClass : List.of("log-clear", "log-pause", "log-copy", "log-export")) {
            javafx.scene.control.ButtonBase button = fx(() -> lookup("." + styleClass).queryAs(javafx.scene.control.ButtonBase.class));
            assertTrue(fx(() -> button.getGraphic() != null
                    && button.getGraphic().getStyleClass().contains(dev.socketworkbench.ui.common.Icons.GLYPH_STYLE_CLASS)), styleClass);
            assertFalse(fx(() -> button.getText().isBlank()), styleClass + " keeps its words");
            assertTrue(fx(() -> button.getTooltip() != null && !button.getTooltip().getText().isBlank()), styleClass);
        }
    }

    @Test
    void filterNarrowsTheRowsAsYouType() throws Exception {
        publish(List.of(Events.sent("apple"), Events.received("Banana"), Events.sent("cherry")));
        assertEquals(3, fx(() -> console.table().getItems().size()));

        clickOn(".log-filter").write("BAN");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Banana"), fx(() -> console.table().getItems().stream().map(e -> new String(e.payload())).toList()));

        eraseText(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, fx(() -> console.table().getItems().size()));
    }

    @Test
    void textHexToggleChangesTheDataCell() throws Exception {
        publish(List.of(Events.sent("Hi\n")));
        assertEquals(Optional.of("Hi\\n"), cellText("log-data-cell", 0));

        clickOn(".log-view-hex");
        FxAwait.pulses(2);
        assertEquals(Optional.of("48 69 0a"), cellText("log-data-cell", 0));
        assertEquals(PayloadView.HEX, console.model().payloadViewProperty().get());

        clickOn(".log-view-hex");   // clicking the chosen view again must not leave neither chosen
        assertTrue(fx(() -> ((ToggleButton) lookup(".log-view-hex").query()).isSelected()));
        FxAwait.pulses(2);
        assertEquals(Optional.of("48 69 0a"), cellText("log-data-cell", 0));

        clickOn(".log-view-text");
        FxAwait.pulses(2);
        assertEquals(Optional.of("Hi\\n"), cellText("log-data-cell", 0));
    }

    @Test
    void infoAndErrorRowsShowTheirMessageAndTrafficNotesInBrackets() throws Exception {
        NetEvent truncated = NetEvent.received("udp-listener", Events.LOCAL, Events.REMOTE, new byte[] {'o', 'k'},
                "Datagram truncated to 2 bytes.");
        NetEvent error = NetEvent.error("udp-sender", "", "127.0.0.1:9", "Nothing is listening on 127.0.0.1:9.", null);
        publish(List.of(truncated, error));
        assertEquals(Optional.of("ok  [Datagram truncated to 2 bytes.]"), cellText("log-data-cell", 0));
        assertEquals(Optional.of("Nothing is listening on 127.0.0.1:9."), cellText("log-data-cell", 1));
        assertEquals(Optional.of("error"), cellText("log-direction-cell", 1));
        assertEquals(Optional.of("error"), directionState(1), "errors are colour-coded");
        assertEquals(Optional.of("received"), directionState(0));
    }

    @Test
    void selectingARowShowsItsHexDumpAndMessage() throws Exception {
        NetEvent first = Events.sent("first");
        NetEvent second = NetEvent.received("udp-listener", Events.LOCAL, Events.REMOTE,
                "Hello, world\n with 20+ bytes".getBytes(), "Datagram truncated.");
        publish(List.of(first, second));
        TextArea detail = lookup(".log-detail").queryAs(TextArea.class);
        assertEquals("", fx(detail::getText));

        Node cell = fx(() -> lookup(".log-data-cell").queryAll().stream()
                .filter(n -> ((TableCell<?, ?>) n).getIndex() == 1).findFirst().orElseThrow());
        clickOn(cell);
        String text = fx(detail::getText);
        assertTrue(text.contains(HexDump.format(second.payload())), text);
        assertTrue(text.contains("Datagram truncated."), text);
        assertTrue(text.contains("local " + Events.LOCAL + "  remote " + Events.REMOTE), text);
    }

    @Test
    void clearResetsCountersRowsAndTheEvictedNote() throws Exception {
        fx(() -> {
            console.setCapacity(10);
            return null;
        });
        publish(Events.numbered(0, 25));
        LogCounts before = fx(() -> console.countsProperty().get());
        assertEquals(15, before.evicted());
        assertEquals(15, fx(() -> console.evictedProperty().get()));
        String label = fx(() -> lookup(".log-counts").queryLabeled().getText());
        assertTrue(label.startsWith("25 events") && label.endsWith("15 rows evicted (buffer 10)"), label);

        clickOn(".log-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LogCounts.empty(10), fx(() -> console.countsProperty().get()));
        assertEquals(0, fx(() -> console.evictedProperty().get()));
        assertEquals(0, fx(() -> console.table().getItems().size()));
        assertEquals("0 events \u00b7 sent 0 (0 B) \u00b7 received 0 (0 B) \u00b7 errors 0",
                fx(() -> lookup(".log-counts").queryLabeled().getText()));
    }

    @Test
    void exportWritesATextFileAndAJsonLinesFile(@TempDir Path dir) throws Exception {
        publish(LogExporterTest.EVENTS);
        Path text = dir.resolve("log.txt");
        Path jsonl = dir.resolve("log.jsonl");
        // The Export button only adds a FileChooser in front of this call.
        fx(() -> console.model().export(text, ExportFormat.TEXT)).get(30, TimeUnit.SECONDS);
        fx(() -> console.model().export(jsonl, ExportFormat.JSON_LINES)).get(30, TimeUnit.SECONDS);

        List<String> lines = Files.readAllLines(text);
        assertEquals(LogExporterTest.EVENTS.size() + 1, lines.size());
        assertEquals(LogLineFormat.HEADER, lines.get(0));
        assertTrue(lines.get(4).contains("Nothing is listening on 127.0.0.1:9 (ICMP port unreachable)."), lines.get(4));
        LogExporterTest.assertJsonLinesMatch(LogExporterTest.EVENTS, jsonl);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Exported 4 events to " + jsonl + ".", fx(() -> lookup(".log-status").queryLabeled().getText()));
        Threads.awaitNoneNamed("log-export");
    }

    @Test
    void copyTakesTheSelectionOrElseEveryShownRow() throws Exception {
        publish(List.of(Events.sent("one"), Events.sent("two"), Events.received("three")));
        assertEquals(3, fx(console::copyText).lines().count());

        Node cell = fx(() -> lookup(".log-data-cell").queryAll().stream()
                .filter(n -> ((TableCell<?, ?>) n).getIndex() == 2).findFirst().orElseThrow());
        clickOn(cell);
        clickOn(".log-copy");
        String copied = fx(console::copyText);
        assertEquals(1, copied.lines().count());
        assertTrue(copied.contains("\treceived\t") && copied.contains("\tthree\t"), copied);
        assertEquals(copied, fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void autoscrollFollowsTheNewestRowUnlessPaused() throws Exception {
        publish(Events.numbered(0, 500));
        assertTrue(visibleRowIndexes().contains(499), "scrolled to the newest row");

        clickOn(".log-pause");
        fx(() -> {
            console.table().scrollTo(0);
            return null;
        });
        FxAwait.pulses(2);
        assertTrue(visibleRowIndexes().contains(0));
        publish(Events.numbered(500, 1000));
        List<Integer> shown = visibleRowIndexes();
        assertTrue(shown.contains(0) && !shown.contains(999), "paused: the view stays at the top " + shown);

        clickOn(".log-pause");
        publish(Events.numbered(1000, 1001));
        assertTrue(visibleRowIndexes().contains(1000), "resumed: back at the newest row");
    }

    @Test
    void startsDrainingWhenAddedToAShowingWindowLater() throws Exception {
        LogConsole later = fx(LogConsole::new);
        later.eventSink().publish(Events.sent("queued before showing"));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(0, fx(() -> later.countsProperty().get().events()), "not showing: nothing drains");

        fx(() -> root.getChildren().setAll(later));
        assertEquals(1, FxAwait.events(later, 1).events());
    }

    @Test
    void rowsHaveAFixedHeightSoTheTableNeverMeasuresAllRows() throws Exception {
        double fixed = fx(() -> console.table().getFixedCellSize());
        assertTrue(fixed > 10 && fixed < 60, "fixed cell size " + fixed);
    }

    @Test
    void everyControlHasATooltip() throws Exception {
        for (String styleClass : List.of("log-filter", "log-view-text", "log-view-hex", "log-clear", "log-pause",
                "log-copy", "log-export", "log-table", "log-detail", "log-counts", "log-status")) {
            Control control = fx(() -> (Control) lookup("." + styleClass).query());
            assertNotNull(control.getTooltip(), styleClass + " has no tooltip");
            assertFalse(control.getTooltip().getText().isBlank(), styleClass);
        }
    }
}
