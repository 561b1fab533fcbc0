package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.ui.common.Icons;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The log every tab shows: a virtualised table of what its engines did, a hex dump of the selected
 * row, a filter, Text/Hex, Clear, Pause autoscroll, Copy, Export and a counter line. Engines publish
 * to {@link #eventSink()} from any thread; an AnimationTimer drains the queue once per pulse while the
 * console is showing, so a flood of events costs one table update per frame, never one
 * {@code Platform.runLater} per event. All state lives in {@link LogConsoleModel}.
 */
public final class LogConsole extends VBox {
    private static final String STYLESHEET = Objects.requireNonNull(
            LogConsole.class.getResource("log-console.css"), "log-console.css").toExternalForm();
    /**
     * Direction colours are pseudo-classes ({@code :sent}, {@code :received}, {@code :info}, {@code :error}), not
     * style classes: every pulse re-targets every visible cell, and a style-class change makes JavaFX re-match
     * all CSS rules for the cell, while a pseudo-class change is a cheap state switch.
     */
    private static final Map<String, PseudoClass> DIRECTION_STATES = directionStates();

    private final LogConsoleModel model;
    private final LogLineFormat cellFormat = LogLineFormat.clock();
    private final AnimationTimer pulseTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse();
        }
    };
    /** True while the console is in a window that is showing; kept as a field so it stays observed. */
    private final ObservableValue<Boolean> showing;
    private boolean running;
    private TableWarmUp warmUp;

    private TextField filterField;
    private ToggleGroup viewGroup;
    private ToggleButton textButton;
    private ToggleButton hexButton;
    private Button clearButton;
    private ToggleButton pauseButton;
    private Button copyButton;
    private Button exportButton;
    private TableView<NetEvent> table;
    private TableColumn<NetEvent, String> timeColumn;
    private TableColumn<NetEvent, String> directionColumn;
    private TableColumn<NetEvent, String> localColumn;
    private TableColumn<NetEvent, String> remoteColumn;
    private TableColumn<NetEvent, String> bytesColumn;
    private TableColumn<NetEvent, String> dataColumn;
    private TextArea detailArea;
    private Label countsLabel;
    private Label statusLabel;
    private HBox toolbar;
    private SplitPane split;
    private HBox counterLine;

    public LogConsole() {
        this(new LogConsoleModel());
    }

    public LogConsole(LogConsoleModel model) {
        this.model = Objects.requireNonNull(model, "model");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
        showing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, is) -> {
            if (is) {
                start();
            } else {
                stop();
            }
        });
    }

    private void initializeParts() {
        filterField = new TextField();
        filterField.setPromptText("Filter");
        filterField.getStyleClass().add("log-filter");
        filterField.setTooltip(new Tooltip("Show only rows whose message, endpoints, direction, source or payload text contain this (any case)"));

        viewGroup = new ToggleGroup();
        textButton = new ToggleButton("Text");
        textButton.getStyleClass().add("log-view-text");
        textButton.setTooltip(new Tooltip("Show payloads as text; bytes that are not printable appear as escapes like \\n or \\x00"));
        hexButton = new ToggleButton("Hex");
        hexButton.getStyleClass().add("log-view-hex");
        hexButton.setTooltip(new Tooltip("Show payloads as hexadecimal bytes"));
        textButton.setToggleGroup(viewGroup);
        hexButton.setToggleGroup(viewGroup);
        textButton.setUserData(PayloadView.TEXT);
        hexButton.setUserData(PayloadView.HEX);

        clearButton = new Button("Clear", Icons.clear());
        clearButton.getStyleClass().add("log-clear");
        clearButton.setTooltip(new Tooltip("Remove all rows and reset the counters"));
        pauseButton = new ToggleButton("Pause autoscroll", Icons.pause());
        pauseButton.getStyleClass().add("log-pause");
        pauseButton.setTooltip(new Tooltip("Keep the table where it is instead of jumping to the newest row"));
        copyButton = new Button("Copy", Icons.copy());
        copyButton.getStyleClass().add("log-copy");
        copyButton.setTooltip(new Tooltip("Copy the selected rows (or all shown rows if none is selected) as text"));
        exportButton = new Button("Export\u2026", Icons.export());
        exportButton.getStyleClass().add("log-export");
        exportButton.setTooltip(new Tooltip("Save the shown rows to a text file or a JSON Lines file"));

        table = new TableView<>();
        table.getStyleClass().add("log-table");
        table.setTooltip(new Tooltip("Events, oldest at the top; select a row to see its bytes below"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No events yet"));
        timeColumn = column("Time", 100, cellFormat::time);
        directionColumn = column("Direction", 80, e -> LogLineFormat.direction(e.direction()));
        localColumn = column("Local", 150, NetEvent::local);
        remoteColumn = column("Remote", 150, NetEvent::remote);
        bytesColumn = column("Bytes", 70, LogLineFormat::bytes);
        dataColumn = column("Data / Message", 400, e -> LogLineFormat.data(e, model.payloadViewProperty().get()));
        // In a narrow console (the Raw frames tab) the endpoints and the data give way, not the short columns:
        // a time, a direction or a count cut to "00:39:4..." or "Direc..." says nothing.
        timeColumn.setMinWidth(96);
        directionColumn.setMinWidth(76);
        bytesColumn.setMinWidth(64);
        localColumn.setMinWidth(90);
        remoteColumn.setMinWidth(90);
        dataColumn.setMinWidth(120);
        directionColumn.setCellFactory(c -> new DirectionCell());
        bytesColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        dataColumn.setCellFactory(c -> styledCell("log-data-cell"));
        table.setRowFactory(t -> new DirectionRow());
        table.getColumns().setAll(List.of(timeColumn, directionColumn, localColumn, remoteColumn, bytesColumn, dataColumn));
        warmUp = new TableWarmUp(table);

        detailArea = new TextArea();
        detailArea.getStyleClass().add("log-detail");
        detailArea.setEditable(false);
        detailArea.setWrapText(false);
        // A TextArea asks for ten rows by default; in a short console that squeezed the table to one row.
        // Five rows show a header line and four dump lines; the divider lets the user give it more.
        detailArea.setPrefRowCount(5);
        detailArea.setMinHeight(48);
        detailArea.setPromptText("Select a row to see its bytes");
        detailArea.setTooltip(new Tooltip("The selected row's message and its bytes as a hex + ASCII dump"));

        countsLabel = new Label();
        countsLabel.getStyleClass().add("log-counts");
        countsLabel.setTooltip(new Tooltip("Exact totals since the last Clear, including rows no longer kept"));
        statusLabel = new Label();
        statusLabel.getStyleClass().add("log-status");
        statusLabel.setTooltip(new Tooltip("The result of the last export"));
    }

    private void layoutParts() {
        getStyleClass().add("log-console");
        getStylesheets().add(STYLESHEET);
        HBox.setHgrow(filterField, Priority.ALWAYS);
        filterField.setMaxWidth(Double.MAX_VALUE);
        HBox viewSwitch = new HBox(textButton, hexButton);
        viewSwitch.getStyleClass().add("log-view-switch");
        toolbar = new HBox(6, filterField, viewSwitch, clearButton, pauseButton, copyButton, exportButton);
        toolbar.getStyleClass().add("log-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4));

        table.setMinHeight(96);   // the header and at least two rows, however short the console is
        split = new SplitPane(table, detailArea);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        // Both parts resize with the console, keeping the ratio: the tab may shrink the console after the first
        // layout (its forms grow), and a fixed-size dump pane would then take the table's rows.
        VBox.setVgrow(split, Priority.ALWAYS);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        counterLine = new HBox(12, countsLabel, gap, statusLabel);
        counterLine.getStyleClass().add("log-counter-line");
        counterLine.setPadding(new Insets(2, 4, 2, 4));

        getChildren().setAll(toolbar, split, counterLine);
    }

    private void bindFieldsToModel() {
        table.setItems(model.visibleRows());
        model.visibleRowsProperty().addListener((obs, old, now) -> table.setItems(now));
        filterField.textProperty().bindBidirectional(model.filterTextProperty());
        pauseButton.selectedProperty().bindBidirectional(model.autoscrollPausedProperty());

        viewGroup.selectToggle(model.payloadViewProperty().get() == PayloadView.HEX ? hexButton : textButton);
        viewGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                viewGroup.selectToggle(old);    // one of Text / Hex is always chosen
            } else {
                model.payloadViewProperty().set((PayloadView) now.getUserData());
            }
        });
        model.payloadViewProperty().addListener((obs, old, now) -> {
            viewGroup.selectToggle(now == PayloadView.HEX ? hexButton : textButton);
            table.refresh();
        });

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                detailArea.setText(row == null ? "" : cellFormat.detail(row)));
        countsLabel.textProperty().bind(model.countsProperty().map(LogCounts::summary));
        statusLabel.textProperty().bind(model.statusProperty());

        clearButton.setOnAction(e -> model.clear());
        copyButton.setOnAction(e -> copyToClipboard());
        exportButton.setOnAction(e -> chooseFileAndExport());
    }

    /** Starts draining the queue once per pulse; done automatically while the console is showing. */
    public void start() {
        if (!running) {
            running = true;
            pulseTimer.start();
        }
    }

    /** Stops draining; events keep queueing (and count) until the next {@link #start()}. */
    public void stop() {
        if (running) {
            running = false;
            pulseTimer.stop();
        }
    }

    private void onPulse() {
        if (model.pulse() > 0) {
            if (!model.autoscrollPausedProperty().get()) {
                int last = table.getItems().size() - 1;
                if (last >= 0) {
                    table.scrollTo(last);
                }
            }
        } else {
            warmUp.step();   // only in idle pulses: the cells the first flood would otherwise build in one pulse
        }
    }

    /** True once the table has built the cells for a full view (or real rows made that moot); for tests. */
    boolean isWarmedUp() {
        return warmUp.isFinished();
    }

    /** Selected rows, or every shown row if none is selected, as tab-separated lines. */
    public String copyText() {
        // The selection model can briefly hold null for a row that was just evicted.
        List<NetEvent> selected = table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList();
        return model.linesFor(selected.isEmpty() ? model.visibleRows() : selected);
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(copyText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void chooseFileAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export log");
        for (ExportFormat format : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.description() + " (" + format.pattern() + ")", format.pattern()));
        }
        chooser.setInitialFileName("socket-workbench-log.txt");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        ExportFormat format = ExportFormat.forFile(file.toPath());
        if (chosen != null && chosen.getExtensions().contains(ExportFormat.JSON_LINES.pattern())) {
            format = ExportFormat.JSON_LINES;
        }
        model.export(file.toPath(), format);
    }

    /** Where engines publish; any thread, never blocks. */
    public EventSink eventSink() {
        return model.eventSink();
    }

    public LogConsoleModel model() {
        return model;
    }

    public void setCapacity(int capacity) {
        model.setCapacity(capacity);
    }

    public int getCapacity() {
        return model.getCapacity();
    }

    public ReadOnlyObjectProperty<LogCounts> countsProperty() {
        return model.countsProperty();
    }

    public ReadOnlyLongProperty evictedProperty() {
        return model.evictedProperty();
    }

    /** The table, for tests and for a tab that wants to add a context menu. */
    public TableView<NetEvent> table() {
        return table;
    }

    private TableColumn<NetEvent, String> column(String title, double width, Function<NetEvent, String> text) {
        TableColumn<NetEvent, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);   // a live log stays in arrival order; sorting 100,000 rows a frame costs too much
        column.setReorderable(false);
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return column;
    }

    private static TableCell<NetEvent, String> styledCell(String styleClass) {
        TableCell<NetEvent, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    private static Map<String, PseudoClass> directionStates() {
        Map<String, PseudoClass> states = new HashMap<>();
        for (Direction d : Direction.values()) {
            String name = LogLineFormat.direction(d);
            states.put(name, PseudoClass.getPseudoClass(name));
        }
        return Map.copyOf(states);
    }

    /** Switches on the pseudo-class named {@code direction} (none for null) and off the others. */
    private static void showDirection(Node node, String direction) {
        DIRECTION_STATES.forEach((name, state) -> node.pseudoClassStateChanged(state, name.equals(direction)));
    }

    /** The Direction cell, coloured by its direction's pseudo-class. */
    private static final class DirectionCell extends TableCell<NetEvent, String> {
        DirectionCell() {
            getStyleClass().add("log-direction-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            showDirection(this, empty ? null : item);
        }
    }

    /** A row that carries its direction as a pseudo-class, so error rows can be tinted. */
    private static final class DirectionRow extends TableRow<NetEvent> {
        @Override
        protected void updateItem(NetEvent item, boolean empty) {
            super.updateItem(item, empty);
            showDirection(this, empty || item == null ? null : LogLineFormat.direction(item.direction()));
        }
    }
}
