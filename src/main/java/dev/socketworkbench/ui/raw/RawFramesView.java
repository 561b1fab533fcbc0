package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.log.LogConsole;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The raw-frames tab's controls, built in code: a banner when raw frames cannot work here, the frame
 * editor on the left with Send / Capture below it; on the right the dissection tree beside the captured
 * frames, the hex dump under them (selecting a tree row highlights its bytes; clicking a byte selects its
 * field) and the tab's log at the bottom. All state lives in {@link RawFramesModel}.
 */
final class RawFramesView extends VBox {
    /** The left column's share of the width: a third builds the frame, the rest shows it. */
    static final double LEFT_SHARE = 0.33;
    /** Wide enough for the longest template name and the Send row, never cut. */
    static final double LEFT_MIN_WIDTH = 380;
    /** The least and most of the height above the Send / Capture controls and the log. */
    private static final double MIN_TOP_SHARE = 0.45;
    private static final double MAX_TOP_SHARE = 0.62;
    /** The divider's own height and a little air, so Send / Capture need no scroll bar when they fit. */
    private static final double DIVIDER_ROOM = 10;

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
    private ScrollPane wireScroll;
    private SplitPane main;
    private SplitPane left;
    private SplitPane right;
    /** True until the user drags a divider; until then the dividers are placed for the window's size. */
    private boolean dividersFollowWindow = true;
    /** The size the dividers were last placed for: other layout passes (a log row, a tree row) leave them be. */
    private double placedWidth = -1;
    private double placedHeight = -1;

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
        backButton = new Button("Back to the crafted frame", Icons.back());
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

        // Wireshark's order on the right: which frame (tree, beside the captured list), then its bytes, then the log.
        SplitPane treeAndCaptured = new SplitPane(tree, wire.capturedPane());
        treeAndCaptured.setDividerPositions(0.5);
        SplitPane treeAndDump = new SplitPane(treeAndCaptured, dump);
        treeAndDump.setOrientation(Orientation.VERTICAL);
        treeAndDump.setDividerPositions(0.55);
        VBox.setVgrow(treeAndDump, Priority.ALWAYS);
        VBox center = new VBox(6, summary, viewingBar, problem, treeAndDump);
        center.setPadding(new Insets(8, 10, 6, 10));
        center.setMinWidth(0);
        right = new SplitPane(center, log);
        right.setOrientation(Orientation.VERTICAL);

        // The left column builds and sends the frame: the editor above, Send and Capture below.
        wireScroll = new ScrollPane(wire);
        wireScroll.setFitToWidth(true);
        wireScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wireScroll.getStyleClass().add("raw-wire-scroll");
        left = new SplitPane(editor, wireScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setMinWidth(LEFT_MIN_WIDTH);

        main = new SplitPane(left, right);
        main.setDividerPositions(LEFT_SHARE);
        for (SplitPane split : List.of(main, left, right)) {
            split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getTarget() instanceof Node n && n.getStyleClass().contains("split-pane-divider")) {
                    dividersFollowWindow = false;   // the user takes over
                }
            });
        }
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().setAll(banner, main);
    }

    /**
     * Places the dividers for the window's size until the user drags one: a window first laid out small
     * (before its saved size is restored) would otherwise leave them where that small size squeezed them.
     * Send / Capture get the height they need, and the log's divider lines up with theirs. Only when the
     * size or the Send / Capture controls changed: a capture lays the view out every pulse, and measuring
     * the controls each time would be FX-thread work for nothing.
     */
    @Override
    protected void layoutChildren() {
        double width = main.getWidth() > 0 ? main.getWidth() : getWidth();
        double height = main.getHeight() > 0 ? main.getHeight() : getHeight();
        boolean changed = width != placedWidth || height != placedHeight || wire.isNeedsLayout();
        if (dividersFollowWindow && changed && width >= main.minWidth(-1) && height >= main.minHeight(-1) && height > 0) {
            placedWidth = width;
            placedHeight = height;
            double leftWidth = Math.max(LEFT_MIN_WIDTH, width * LEFT_SHARE);
            Insets insets = wireScroll.getInsets();
            double wireHeight = wire.prefHeight(leftWidth - insets.getLeft() - insets.getRight()) + insets.getTop() + insets.getBottom()
                    + DIVIDER_ROOM;
            double top = Math.max(MIN_TOP_SHARE, Math.min(MAX_TOP_SHARE, 1 - wireHeight / height));
            place(main, leftWidth / width);
            place(left, top);
            place(right, top);
        }
        super.layoutChildren();
    }

    private static void place(SplitPane split, double position) {
        if (Math.abs(split.getDividerPositions()[0] - position) > 0.001) {
            split.setDividerPositions(position);
        }
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
        summary.setText(dissection == null ? "" : headline(dissection));
    }

    /** The dissection's one-line summary, with the frame's length unless the summary says it already. */
    static String headline(Dissection dissection) {
        String length = dissection.length() + " bytes";
        return dissection.summary().contains(length) ? dissection.summary() : dissection.summary() + "  \u2014  " + length;
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
