package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.ui.log.LogConsole;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The raw-frames tab's controls, built in code: a banner when raw frames cannot work here, the frame
 * editor on the left, the dissection tree above the hex dump in the middle (selecting a tree row
 * highlights its bytes; clicking a byte selects its field), and below them Send / Capture with the
 * captured frames beside the tab's log. All state lives in {@link RawFramesModel}.
 */
final class RawFramesView extends VBox {
    private final RawFramesModel model;
    private final LogConsole log;

    private Label banner;
    private FrameEditorView editor;
    private Label summary;
    private Label viewing;
    private Button backButton;
    private Label problem;
    private DissectionTree tree;
    private HexDumpView dump;
    private SendCaptureView wire;

    RawFramesView(RawFramesModel model, LogConsole log) {
        this.model = Objects.requireNonNull(model, "model");
        this.log = Objects.requireNonNull(log, "log");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        banner = new Label();
        banner.setId("rawBanner");
        banner.getStyleClass().add("raw-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);   // the whole sentence, even when the panes below want the room
        banner.setTooltip(new Tooltip("Sending and capturing need a raw socket; editing and dissecting frames work without one."));
        editor = new FrameEditorView(model);
        editor.setId("rawEditor");
        summary = new Label();
        summary.setId("rawSummary");
        summary.getStyleClass().add("raw-summary");
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setTooltip(new Tooltip("The frame in one line, like Wireshark's Info column."));
        viewing = new Label();
        viewing.setId("rawViewing");
        viewing.getStyleClass().add("raw-viewing");
        backButton = new Button("Back to the crafted frame");
        backButton.setId("rawViewCrafted");
        backButton.setTooltip(new Tooltip("Show the frame the editor builds again."));
        problem = new Label();
        problem.setId("rawProblem");
        problem.getStyleClass().add("raw-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        tree = new DissectionTree();
        tree.setId("rawTree");
        tree.setTooltip(new Tooltip("The frame's layers and fields; select one to highlight its bytes. Red rows are wrong, "
                + "such as a checksum that does not match."));
        dump = new HexDumpView();
        log.setId("rawLog");
        wire = new SendCaptureView(model);
        wire.setId("rawWire");
    }

    private void layoutParts() {
        getStyleClass().add("raw-frames");
        HBox viewingBar = new HBox(8, viewing, backButton);
        viewingBar.setAlignment(Pos.CENTER_LEFT);
        viewingBar.visibleProperty().bind(model.viewedCaptureProperty().isNotNull());
        viewingBar.managedProperty().bind(viewingBar.visibleProperty());

        SplitPane treeAndDump = new SplitPane(tree, dump);
        treeAndDump.setOrientation(Orientation.VERTICAL);
        treeAndDump.setDividerPositions(0.55);
        VBox.setVgrow(treeAndDump, Priority.ALWAYS);
        VBox center = new VBox(6, summary, viewingBar, problem, treeAndDump);
        center.setPadding(new Insets(8, 10, 6, 10));
        center.setMinWidth(0);

        SplitPane top = new SplitPane(editor, center);
        top.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(editor, false);
        SplitPane capturedAndLog = new SplitPane(wire.capturedPane(), log);
        capturedAndLog.setOrientation(Orientation.VERTICAL);
        capturedAndLog.setDividerPositions(0.4);
        ScrollPane wireScroll = new ScrollPane(wire);
        wireScroll.setFitToWidth(true);
        wireScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wireScroll.getStyleClass().add("raw-wire-scroll");
        SplitPane bottom = new SplitPane(wireScroll, capturedAndLog);
        bottom.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(wireScroll, false);
        SplitPane main = new SplitPane(top, bottom);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.58);
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().setAll(banner, main);
    }

    private void bindFieldsToModel() {
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        model.shownProperty().addListener((o, before, now) -> show(now));
        show(model.shownProperty().get());
        model.selectionProperty().addListener((o, before, now) -> tree.select(now));
        tree.select(model.selectionProperty().get());   // the view may be built after a field was selected
        tree.setOnUserSelect(model::select);
        dump.highlightProperty().bind(model.highlightProperty());
        dump.setOnByteClicked(model::selectByteAt);

        viewing.textProperty().bind(Bindings.createStringBinding(() -> {
            CapturedFrame c = model.viewedCaptureProperty().get();
            return c == null ? "" : "Captured frame #" + c.number() + " on " + c.interfaceName() + ", read-only.";
        }, model.viewedCaptureProperty()));
        backButton.setOnAction(e -> model.viewCrafted());
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = model.craftedProblem().get();
            return why.isEmpty() || model.viewedCaptureProperty().get() != null ? ""
                    : "Not rebuilt: " + why + " The dump shows the last frame that could be built.";
        }, model.craftedProblem(), model.viewedCaptureProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
    }

    /** Rebuilds the tree and the dump for a new frame, then puts the selection back on the tree. */
    private void show(Dissection dissection) {
        tree.show(dissection);
        tree.select(model.selectionProperty().get());
        dump.show(dissection);
        summary.setText(dissection == null ? "" : dissection.summary() + "  \u2014  " + dissection.length() + " bytes");
    }

    DissectionTree tree() {
        return tree;
    }

    HexDumpView dump() {
        return dump;
    }

    SendCaptureView wire() {
        return wire;
    }
}
