package dev.socketworkbench.ui.server;

import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadKind;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import dev.socketworkbench.ui.log.LogConsole;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;

/**
 * The threaded-server tab's controls, built in code: the server form with Start and Stop, three big
 * live figures, the demo-client launcher, the connections table with Disconnect, and the tab's log
 * console underneath. All state lives in {@link ThreadedServerModel}; while the tab is showing, a
 * timeline asks the model to poll the server's connections every {@value #POLL_MILLIS} ms.
 */
final class ThreadedServerView extends VBox {
    /** How often the connections table and figures are refreshed. */
    static final int POLL_MILLIS = 150;

    private final ThreadedServerModel model;
    private final LogConsole log;
    private final Timeline poller = new Timeline(new KeyFrame(Duration.millis(POLL_MILLIS), e -> poll()));
    /** True while the view is in a window that is showing; a field so it stays observed. */
    private ObservableValue<Boolean> showing;

    private TextField bindField;
    private TextField portField;
    private ComboBox<ServerProtocol> protocolBox;
    private TextField greetingField;
    private ToggleButton platformButton;
    private ToggleButton virtualButton;
    private SegmentedButton threadsSwitch;
    private TextField maxConnectionsField;
    private CheckBox idleTimeoutOn;
    private TextField idleTimeoutField;
    private TextField maxNameBytesField;
    private Button startButton;
    private Button stopButton;
    private Label listeningLabel;
    private Label bindNoteLabel;
    private LiveFigure openFigure;
    private LiveFigure threadsFigure;
    private LiveFigure jvmThreadsFigure;
    private TextField demoCountField;
    private Button demoLaunchButton;
    private Button demoCancelButton;
    private ConnectionsTable table;
    private Button disconnectButton;
    private MenuItem disconnectItem;

    private ValidatedField<TextField> bindBox;
    private ValidatedField<TextField> portBox;
    private ValidatedField<ComboBox<ServerProtocol>> protocolFieldBox;
    private ValidatedField<TextField> greetingBox;
    private ValidatedField<SegmentedButton> threadsBox;
    private ValidatedField<TextField> maxConnectionsBox;
    private ValidatedField<TextField> idleTimeoutBox;
    private ValidatedField<TextField> maxNameBytesBox;
    private ValidatedField<TextField> demoCountBox;

    ThreadedServerView(ThreadedServerModel model, LogConsole log) {
        this.model = Objects.requireNonNull(model, "model");
        this.log = Objects.requireNonNull(log, "log");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        ReadOnlyStringWrapper noError = new ReadOnlyStringWrapper("");

        bindField = textField("serverBind", 130, "The address to listen on. 127.0.0.1 (the default) accepts only this machine; "
                + "0.0.0.0 or :: accept every network interface.");
        bindBox = new ValidatedField<>("_Bind address", bindField, model.bindHostError());
        portField = textField("serverPort", 80, "The TCP port to listen on, 0-65535; 0 lets the system pick a free one.");
        portBox = new ValidatedField<>("_Port", portField, model.portError());

        protocolBox = new ComboBox<>();
        protocolBox.setId("serverProtocol");
        protocolBox.getItems().setAll(ServerProtocol.values());
        protocolBox.setCellFactory(l -> new ProtocolCell());
        protocolBox.setButtonCell(new ProtocolCell());
        protocolBox.setTooltip(new Tooltip("Echo: send every message back until the client says \"bye\" (MThreadserver.py). "
                + "Client list: record the client's name and reply with the JSON list of every client (client_list.py). "
                + "Greeting: say hello and close."));
        protocolFieldBox = new ValidatedField<>("P_rotocol", protocolBox, noError);
        greetingField = textField("serverGreeting", 200, "What the greeting protocol sends to each client; "
                + "\\r\\n, \\t and \\xHH stand for those bytes.");
        greetingBox = new ValidatedField<>("_Greeting", greetingField, model.greetingError());

        platformButton = new ToggleButton("Platform");
        platformButton.setId("serverThreadsPlatform");
        platformButton.setUserData(ThreadKind.PLATFORM);
        platformButton.setTooltip(new Tooltip("One operating-system thread per connection, like Python's threading.Thread."));
        virtualButton = new ToggleButton("Virtual");
        virtualButton.setId("serverThreadsVirtual");
        virtualButton.setUserData(ThreadKind.VIRTUAL);
        virtualButton.setTooltip(new Tooltip("One virtual thread per connection: cheap to block, so thousands of "
                + "connections need only a few JVM threads."));
        threadsSwitch = new SegmentedButton(platformButton, virtualButton);
        threadsBox = new ValidatedField<>("Threads", threadsSwitch, noError);

        maxConnectionsField = textField("serverMaxConnections", 90, "More connections than this at once are told "
                + "\"the server is full\" and closed, with a row in the log.");
        maxConnectionsBox = new ValidatedField<>("_Max connections", maxConnectionsField, model.maxConnectionsError());
        idleTimeoutOn = new CheckBox();
        idleTimeoutOn.setId("serverIdleTimeoutOn");
        idleTimeoutOn.setTooltip(new Tooltip("Close a client that sends nothing for this many milliseconds; off by default."));
        idleTimeoutField = textField("serverIdleTimeout", 80, "Milliseconds a client may stay silent before the server closes it.");
        idleTimeoutBox = new ValidatedField<>("_Idle timeout (ms)", idleTimeoutField, model.idleTimeoutError());
        maxNameBytesField = textField("serverMaxNameBytes", 80, "The longest name the client-list protocol accepts, in bytes; "
                + "a longer one gets an error reply and a close.");
        maxNameBytesBox = new ValidatedField<>("Longest _name (bytes)", maxNameBytesField, model.maxNameBytesError());

        startButton = new Button("Start", Icons.start());
        startButton.setId("serverStart");
        startButton.getStyleClass().add("server-start");
        startButton.setTooltip(new Tooltip("Listen for connections; each one gets its own thread."));
        stopButton = new Button("Stop", Icons.stop());
        stopButton.setId("serverStop");
        stopButton.setTooltip(new Tooltip("Stop listening and close every connection; each client sees its connection close."));

        listeningLabel = new Label();
        listeningLabel.setId("serverListening");
        listeningLabel.getStyleClass().add("server-listening");
        bindNoteLabel = new Label();
        bindNoteLabel.setId("serverBindNote");
        bindNoteLabel.getStyleClass().add("server-bind-note");
        bindNoteLabel.setWrapText(true);

        openFigure = new LiveFigure("serverConnectionsNow", "connections now",
                "Connections the server has open right now.", model.connections().openProperty());
        threadsFigure = new LiveFigure("serverLiveThreads", "connection threads",
                "Threads serving a connection right now: one per connection.", model.connections().liveThreadsProperty());
        jvmThreadsFigure = new LiveFigure("serverJvmThreads", "JVM platform threads",
                "Every platform thread of this Java process (ThreadMXBean). Virtual threads are not counted: "
                        + "with Virtual, this stays nearly flat while connections come and go.",
                model.connections().jvmThreadsProperty());

        demoCountField = textField("serverDemoCount", 70, "How many demo clients to run, 1-1000; "
                + "client-list clients are named client-1 to client-N.");
        demoCountBox = new ValidatedField<>("_Demo clients", demoCountField, model.demoClientsError());
        demoLaunchButton = new Button("Launch demo clients", Icons.launch());
        demoLaunchButton.setId("serverDemoLaunch");
        demoLaunchButton.setTooltip(new Tooltip("Run that many clients of the server's protocol against it, "
                + "up to 50 at a time, and watch the table fill and empty."));
        demoCancelButton = new Button("Cancel", Icons.cancel());
        demoCancelButton.setId("serverDemoCancel");
        demoCancelButton.setTooltip(new Tooltip("Stop the demo clients: open ones close, the rest never start."));

        table = new ConnectionsTable();
        table.setId("serverConnections");
        disconnectButton = new Button("Disconnect", Icons.disconnectClient());
        disconnectButton.setId("serverDisconnect");
        disconnectButton.setTooltip(new Tooltip("Close the selected connections; each client sees its connection close."));
        disconnectItem = new MenuItem("Disconnect", Icons.disconnectClient());
        disconnectItem.setId("serverDisconnectItem");
        table.setContextMenu(new ContextMenu(disconnectItem));
        log.setId("serverLog");
    }

    private static TextField textField(String id, double width, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(1);
        field.setPrefWidth(width);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    private void layoutParts() {
        getStyleClass().add("threaded-server");
        HBox idleTimeout = new HBox(6, idleTimeoutOn, idleTimeoutBox);
        idleTimeout.setAlignment(Pos.CENTER_LEFT);
        FlowPane form = new FlowPane(14, 8, bindBox, portBox, protocolFieldBox, greetingBox, threadsBox,
                maxConnectionsBox, idleTimeout, maxNameBytesBox);
        form.getStyleClass().add("server-form");
        form.setAlignment(Pos.BOTTOM_LEFT);
        form.setRowValignment(javafx.geometry.VPos.BOTTOM);

        HBox actions = new HBox(8, startButton, stopButton, listeningLabel);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(listeningLabel, new Insets(0, 0, 0, 8));
        VBox listening = new VBox(4, actions, bindNoteLabel);
        listening.getStyleClass().add("server-listening-box");
        HBox figures = new HBox(28, openFigure, threadsFigure, jvmThreadsFigure);
        figures.getStyleClass().add("server-figures");
        figures.setAlignment(Pos.CENTER_LEFT);
        HBox demoButtons = new HBox(6, demoLaunchButton, demoCancelButton);
        demoButtons.setAlignment(Pos.BOTTOM_LEFT);
        demoButtons.setPadding(new Insets(0, 0, 2, 0));
        HBox demo = new HBox(8, demoCountBox, demoButtons);
        demo.getStyleClass().add("server-demo");
        demo.setAlignment(Pos.BOTTOM_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox live = new HBox(20, figures, gap, demo);
        live.setAlignment(Pos.CENTER_LEFT);

        Label tableTitle = new Label("Connections");
        tableTitle.getStyleClass().add("server-section-title");
        Region tableGap = new Region();
        HBox.setHgrow(tableGap, Priority.ALWAYS);
        HBox tableBar = new HBox(8, tableTitle, tableGap, disconnectButton);
        tableBar.setAlignment(Pos.CENTER_LEFT);
        VBox tableArea = new VBox(4, tableBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        tableArea.setPadding(new Insets(4, 0, 0, 0));

        SplitPane split = new SplitPane(tableArea, log);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        setSpacing(8);
        setPadding(new Insets(10));
        getChildren().setAll(form, listening, live, split);
    }

    private void bindFieldsToModel() {
        bindField.textProperty().bindBidirectional(model.bindHostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        protocolBox.valueProperty().bindBidirectional(model.protocolProperty());
        greetingField.textProperty().bindBidirectional(model.greetingProperty());
        maxConnectionsField.textProperty().bindBidirectional(model.maxConnectionsProperty());
        idleTimeoutOn.selectedProperty().bindBidirectional(model.idleTimeoutOnProperty());
        idleTimeoutField.textProperty().bindBidirectional(model.idleTimeoutMillisProperty());
        maxNameBytesField.textProperty().bindBidirectional(model.maxNameBytesProperty());
        demoCountField.textProperty().bindBidirectional(model.demoClientsProperty());
        bindThreadKind();

        // The form describes the running server, so it is locked while the server runs.
        var running = model.serverRunningProperty();
        for (var field : List.of(bindBox, portBox, protocolFieldBox, threadsBox, maxConnectionsBox, idleTimeoutBox, idleTimeoutOn)) {
            field.disableProperty().bind(running);
        }
        greetingBox.disableProperty().bind(running.or(model.protocolProperty().isNotEqualTo(ServerProtocol.GREETING)));
        maxNameBytesBox.disableProperty().bind(running.or(model.protocolProperty().isNotEqualTo(ServerProtocol.CLIENT_LIST)));
        idleTimeoutField.disableProperty().bind(model.idleTimeoutOnProperty().not());
        startButton.disableProperty().bind(model.canStartProperty().not());
        stopButton.disableProperty().bind(running.not());
        demoLaunchButton.disableProperty().bind(model.canLaunchDemoProperty().not());
        demoCancelButton.disableProperty().bind(model.demoRunningProperty().not());

        listeningLabel.textProperty().bind(model.listeningOnProperty());
        bindNoteLabel.textProperty().bind(model.bindHostNote());
        bindNoteLabel.visibleProperty().bind(Bindings.isNotEmpty(model.bindHostNote()));
        bindNoteLabel.managedProperty().bind(bindNoteLabel.visibleProperty());

        SortedList<ShownConnection> sorted = new SortedList<>(model.connections().rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        var selected = table.getSelectionModel().getSelectedItems();
        BooleanBinding nothingToDisconnect = Bindings.createBooleanBinding(
                () -> selected.stream().noneMatch(r -> r != null && !r.closed()), selected);
        disconnectButton.disableProperty().bind(nothingToDisconnect);
        disconnectItem.disableProperty().bind(nothingToDisconnect);

        startButton.setOnAction(e -> model.start());
        stopButton.setOnAction(e -> model.stop());
        demoLaunchButton.setOnAction(e -> model.launchDemo());
        demoCancelButton.setOnAction(e -> model.cancelDemo());
        disconnectButton.setOnAction(e -> disconnectSelected());
        disconnectItem.setOnAction(e -> disconnectSelected());

        poller.setCycleCount(Animation.INDEFINITE);
        showing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, is) -> {
            if (is) {
                poll();
                poller.play();
            } else {
                poller.stop();
            }
        });
    }

    /** Keeps the Platform / Virtual switch and the model in step; one of the two is always chosen. */
    private void bindThreadKind() {
        ToggleGroup group = threadsSwitch.getToggleGroup();
        group.selectToggle(model.threadKindProperty().get() == ThreadKind.VIRTUAL ? virtualButton : platformButton);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                group.selectToggle(before);
            } else {
                model.threadKindProperty().set((ThreadKind) now.getUserData());
            }
        });
        model.threadKindProperty().addListener((o, before, now) ->
                group.selectToggle(now == ThreadKind.VIRTUAL ? virtualButton : platformButton));
    }

    private void poll() {
        model.pollConnections();
    }

    private void disconnectSelected() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream()
                .filter(r -> r != null && !r.closed()).map(ShownConnection::id).toList();
        model.disconnect(ids);
    }

    ConnectionsTable table() {
        return table;
    }

    /** Protocol names as a student reads them. */
    static String label(ServerProtocol protocol) {
        return switch (protocol) {
            case ECHO -> "Echo";
            case CLIENT_LIST -> "Client list";
            case GREETING -> "Greeting";
        };
    }

    private static final class ProtocolCell extends ListCell<ServerProtocol> {
        @Override
        protected void updateItem(ServerProtocol item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
        }
    }
}
