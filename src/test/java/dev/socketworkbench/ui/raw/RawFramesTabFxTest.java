package dev.socketworkbench.ui.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.raw.FrameCapture;
import dev.socketworkbench.net.raw.FrameSender;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.App;
import dev.socketworkbench.ui.common.ActionButtons;
import dev.socketworkbench.ui.common.CutTexts;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab in a headless window, driven through its controls: a template is picked and its payload
 * edited, the dump and tree follow, the highlight follows the tree selection and a click on a byte
 * selects its field; as root, a frame sent once on lo is captured (filtered to EtherType 0x88b5) and
 * shows up in the list and the log. Frames are only ever sent on lo.
 */
class RawFramesTabFxTest extends ApplicationTest {
    private static final long TIMEOUT_SECONDS = 30;
    /** Where the UDP template's data starts: 14 Ethernet + 20 IPv4 + 8 UDP. */
    private static final int UDP_DATA = 42;

    private RawFramesTab tab;
    private RawFramesModel model;

    @Override
    public void start(Stage stage) {
        tab = new RawFramesTab(new TabContext(new EngineRunner(), new StatusLine(), Workspace.defaults()));
        model = tab.model();
        // Within Monocle's 1280x800 headless screen: a larger window makes its painter throw BufferOverflowException.
        Scene scene = new Scene(new StackPane(tab.content()), 1200, 780);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopAndCheckNoThreadIsLeft() throws Exception {
        interact(tab::shutdown);
        for (String prefix : List.of("frame-sender-", "frame-capture-", "raw-frames-check")) {
            for (Thread t : threadsNamed(prefix)) {
                assertTrue(t.join(Duration.ofSeconds(TIMEOUT_SECONDS)), t.getName() + " is still running");
            }
        }
    }

    // ---- helpers ----

    private static List<Thread> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private void awaitFx(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Still not true after " + TIMEOUT_SECONDS + " s: " + what, e);
        }
    }

    /** Replaces a field's text by typing, as a user would. */
    private void typeInto(String id, String text) {
        TextInputControl field = lookup(id).queryAs(TextInputControl.class);
        interact(field::requestFocus);   // focus scrolls a field of the long editor into view
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(field);
        interact(field::selectAll);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, field.getText());
    }

    /** The offsets of the byte cells drawn highlighted, in the hex or the ASCII column. */
    private Set<Integer> highlighted(String cellClass) throws Exception {
        return fx(() -> lookup(cellClass).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(HexDumpView.HIGHLIGHTED))
                .map(n -> (Integer) n.getProperties().get(HexDumpView.OFFSET_KEY))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<Integer> range(Field field) {
        return IntStream.range(field.offset(), field.end()).boxed().collect(Collectors.toCollection(TreeSet::new));
    }

    /** The tree's cell showing {@code text}, scrolled into view (only rows in view have cells). */
    private Node treeRow(String text) throws Exception {
        DissectionTree tree = tab.view().tree();
        awaitFx("a tree row \"" + text + "\"", () -> rowIndex(tree, text) >= 0);
        interact(() -> tree.scrollTo(rowIndex(tree, text)));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> lookup(".dissection-tree .tree-cell").queryAll().stream()
                .filter(n -> text.equals(((TreeCell<?>) n).getText())).findFirst().orElseThrow());
    }

    private static int rowIndex(DissectionTree tree, String text) {
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            if (tree.getTreeItem(row) != null && text.equals(tree.getTreeItem(row).getValue().text())) {
                return row;
            }
        }
        return -1;
    }

    private FrameSelection selectedTreeRow() throws Exception {
        return fx(() -> tab.view().tree().getSelectionModel().getSelectedItem().getValue());
    }

    /** The node's bounds in the scene. */
    private static javafx.geometry.Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    // ---- tests ----

    @Test
    void everyActionButtonShowsAGlyphAndRefreshIsAnIconButton() throws Exception {
        fx(() -> {
            ActionButtons.assertEveryOneHasAGlyph(tab.view(), 11);
            return null;
        });
        javafx.scene.control.Button refresh = fx(() -> lookup("#rawRefreshInterfaces").queryAs(javafx.scene.control.Button.class));
        assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY, fx(refresh::getContentDisplay), "a small toolbar button");
        assertEquals(Icons.refresh().getIconCode(), fx(() -> ActionButtons.glyphOf(refresh)));
        for (String listTool : List.of("#rawCapturedClear", "#rawSavePcap")) {
            assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY,
                    fx(() -> lookup(listTool).queryAs(javafx.scene.control.Button.class).getContentDisplay()), listTool + " is on the list's small toolbar");
        }
        assertEquals(Icons.captureStart().getIconCode(), fx(() -> ActionButtons.glyphOf(lookup("#rawCaptureStart").queryAs(javafx.scene.control.Button.class))));
    }

    @Test
    void atTheDefaultSizeEveryPartIsInTheWindowWithRoomAndNoTextIsCut() throws Exception {
        awaitFx("the interfaces are listed", () -> !model.interfaces().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds window = fx(() -> inScene(tab.view()));
        for (String id : List.of("#rawEditor", "#rawTree", "#rawCapturedFrames", "#rawLog", "#rawWire", "#rawTemplate",
                "#rawSendOnce", "#rawCaptureStart", "#rawCaptureCount")) {
            javafx.geometry.Bounds part = fx(() -> inScene(lookup(id).query()));
            assertTrue(window.contains(part), id + " " + part + " is not all inside the tab " + window);
        }
        for (String id : List.of("#rawEditor", "#rawTree", "#rawCapturedFrames", "#rawLog")) {
            javafx.geometry.Bounds part = fx(() -> inScene(lookup(id).query()));
            assertTrue(part.getWidth() >= 300 && part.getHeight() >= 150, id + " is cramped: " + part);
        }
        javafx.geometry.Bounds dump = fx(() -> inScene(tab.view().dump()));
        assertTrue(dump.getWidth() >= fx(() -> tab.view().dump().prefWidth(-1)) && dump.getHeight() >= 120,
                "the dump shows all 16 columns and some rows: " + dump);
        javafx.geometry.Bounds wire = fx(() -> inScene(lookup("#rawWire").query()));
        javafx.geometry.Bounds lastButton = fx(() -> inScene(lookup("#rawCaptureStop").query()));
        assertTrue(wire.getMaxY() - lastButton.getMaxY() < wire.getHeight() / 4,
                "Send / Capture fill their pane, not half of it: " + lastButton + " in " + wire);
        assertEquals(List.of(), fx(() -> CutTexts.under(tab.view())), "no label or button is cut, the template's name included");
    }


    @Test
    void aTemplateAndAnEditedPayloadShowInTheDumpAndTreeAndTheHighlightFollowsTheSelection() throws Exception {
        awaitFx("the interfaces are listed", () -> !model.interfaces().isEmpty());
        boolean banner = fx(() -> lookup("#rawBanner").query().isVisible());
        if (RawPermission.granted()) {
            assertFalse(banner, "with CAP_NET_RAW raw frames work, so no banner");
        } else {
            assertTrue(banner, "without CAP_NET_RAW the banner says why");
            assertTrue(fx(() -> lookup("#rawBanner").queryAs(Label.class).getText()).startsWith("Raw frames need the CAP_NET_RAW"));
        }

        String seedLine = fx(() -> lookup("#rawSummary").queryAs(Label.class).getText());
        assertEquals(1, seedLine.split(" bytes", -1).length - 1, "the length is said once: " + seedLine);

        clickOn("#rawTemplate");
        clickOn(fx(() -> lookup(".list-cell").queryAll().stream()
                .filter(n -> "IPv4/UDP to a port".equals(((ListCell<?>) n).getText())).findFirst().orElseThrow()));
        awaitFx("the UDP template is built", () -> model.craftedProperty().get().layer("UDP").isPresent());

        typeInto("#rawPayload", "hello raw");
        awaitFx("the dump shows the new data", () -> lookup("#rawAsciiByte-" + UDP_DATA).queryAs(Label.class).getText().equals("h")
                && lookup("#rawAsciiByte-" + (UDP_DATA + 8)).queryAs(Label.class).getText().equals("w"));
        assertEquals("68", fx(() -> lookup("#rawHexByte-" + UDP_DATA).queryAs(Label.class).getText()));
        treeRow("Data: 9 bytes: \"hello raw\" (68 65 6c 6c 6f 20 72 61 77)");
        String udpLine = fx(() -> lookup("#rawSummary").queryAs(Label.class).getText());
        assertTrue(udpLine.startsWith("10.0.0.1:1234 -> 10.0.0.2:9 UDP len=9") && udpLine.endsWith(" bytes"), udpLine);

        clickOn(treeRow("Destination port: 9"));
        Field port = fx(() -> model.craftedProperty().get().layer("UDP").orElseThrow().field("Destination port").orElseThrow());
        awaitFx("the highlight moves to the port", () -> highlighted(".hex-rows .hex-byte").equals(range(port)));
        assertEquals(Set.of(36, 37), range(port));
        assertEquals(range(port), highlighted(".hex-rows .ascii-byte"), "the ASCII column is highlighted too");

        clickOn("#rawHexByte-22");
        awaitFx("the tree selects the TTL", () -> "Time to live".equals(selectedTreeRow().field().name()));
        assertEquals("IPv4", selectedTreeRow().layer().name());
        assertEquals(Set.of(22), highlighted(".hex-rows .hex-byte"));

        clickOn(treeRow("User Datagram Protocol, Src Port: 1234, Dst Port: 9"));
        awaitFx("a layer highlights all its bytes", () -> highlighted(".hex-rows .hex-byte")
                .equals(IntStream.range(34, UDP_DATA).boxed().collect(Collectors.toSet())));
    }

    @Test
    void aFrameSentOnceOnLoIsCapturedIntoTheListAndTheLog() throws Exception {
        assumeTrue(RawPermission.granted(), "needs CAP_NET_RAW to open packet sockets: run the tests as root (CI does)");
        String token = "raw-tab-test-" + System.nanoTime();   // tells our frame from any other 0x88b5 frame on lo
        typeInto("#rawEthType", "0x88b5");
        typeInto("#rawPayload", token);
        byte[] crafted = fx(() -> model.craftedProperty().get().bytes());
        assertEquals("lo", fx(() -> model.send().interfaceNameProperty().get()), "frames are sent on lo only");

        typeInto("#rawCaptureEtherType", "0x88b5");
        typeInto("#rawCaptureCount", "0");
        clickOn("#rawCaptureStart");
        awaitFx("the capture listens", () -> model.capture().listeningProperty().get());
        assertEquals(1, threadsNamed("frame-capture-lo").size());

        clickOn("#rawSendOnce");
        awaitFx("the frame is in the list", () -> model.capture().frames().stream().anyMatch(f -> Arrays.equals(f.bytes(), crafted)));
        awaitFx("the send is done", () -> !model.send().sendingProperty().get());
        assertTrue(fx(() -> lookup("#rawSendResult").queryAs(Label.class).getText()).startsWith("Sent 1 frame in "));
        awaitFx("the log has the sent and the captured frame", () -> {
            List<NetEvent> rows = tab.log().model().allRows();
            return rows.stream().anyMatch(e -> e.direction() == Direction.SENT && e.source().equals(FrameSender.SOURCE)
                    && Arrays.equals(e.payload(), crafted))
                    && rows.stream().anyMatch(e -> e.direction() == Direction.RECEIVED && e.source().equals(FrameCapture.SOURCE)
                    && Arrays.equals(e.payload(), crafted) && e.message().startsWith("EtherType 0x88b5"));
        });

        Node cell = fx(() -> lookup("#rawCapturedFrames .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof CapturedFrame f && Arrays.equals(f.bytes(), crafted))
                .findFirst().orElseThrow());
        clickOn(cell);
        awaitFx("the captured frame is on view", () -> model.viewedCaptureProperty().get() != null);
        assertTrue(fx(() -> lookup("#rawViewing").queryAs(Label.class).getText()).endsWith("on lo, read-only."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> CutTexts.under(tab.view())), "with a capture on view, the list's title, the viewing bar and "
                + "the capture's result are not cut");
        assertArrayEquals(crafted, fx(() -> model.shownProperty().get().bytes()));
        clickOn("#rawViewCrafted");
        assertEquals(null, fx(() -> model.viewedCaptureProperty().get()));

        clickOn("#rawCaptureStop");
        assertFalse(fx(() -> model.capture().capturingProperty().get()), "Stop returns at once");
        for (Thread t : threadsNamed("frame-capture-lo")) {
            assertTrue(t.join(Duration.ofSeconds(TIMEOUT_SECONDS)), "the capture thread ends");
        }
    }
}
