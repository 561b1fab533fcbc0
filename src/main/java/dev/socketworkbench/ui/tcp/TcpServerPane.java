package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.ui.common.FormParts;
import static dev.socketworkbench.ui.common.FormParts.describe;

import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The Simple server card of the TCP tab: transport, bind address (with a note when other machines can
 * connect) or socket file, port, backlog, "read one message first", the greeting, Start/Stop and what
 * the server is doing. Controls only; all state and every decision is in {@link TcpServerModel}.
 */
public final class TcpServerPane extends VBox {

    private final TcpServerModel model;

    private ComboBox<Transport> transportBox;
    private ComboBox<String> bindAddressBox;
    private TextField portField;
    private TextField unixPathField;
    private TextField backlogField;
    private TextField greetingField;
    private TextField readTimeoutField;
    private CheckBox readFirstBox;
    private Label exposedNote;
    private ToggleButton startButton;
    private Circle statusDot;
    private Label statusLabel;

    private ValidatedField<ComboBox<Transport>> transport;
    private ValidatedField<ComboBox<String>> bindAddress;
    private ValidatedField<TextField> port;
    private ValidatedField<TextField> unixPath;
    private ValidatedField<TextField> backlog;
    private ValidatedField<TextField> greeting;
    private ValidatedField<TextField> readTimeout;
    private GridPane form;

    public TcpServerPane(TcpServerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        transportBox = describe(new ComboBox<>(), "tcpServerTransport", "Server transport",
                "TCP listens on an address and port; a Unix socket listens on a socket file on this machine (AF_UNIX), "
                        + "which the server deletes when it stops.");
        transportBox.getItems().setAll(Transport.values());
        transportBox.setConverter(FormParts.labels(Transport.values(), Labels::transport));
        bindAddressBox = describe(new ComboBox<>(), "tcpServerBind", "Bind address",
                "The local address to listen on: 127.0.0.1 or ::1 for this machine only; 0.0.0.0 or :: for every "
                        + "interface, which other machines can reach. You can also type one of this machine's addresses.");
        bindAddressBox.setEditable(true);
        bindAddressBox.getItems().setAll(TcpServerModel.SUGGESTED_BIND_ADDRESSES);
        bindAddressBox.getEditor().setAccessibleText("Bind address");
        portField = describe(new TextField(), "tcpServerPort", "Server port",
                "The local port to listen on, 0-65535 (the seeds use 5000); 0 lets the system pick a free one.");
        portField.setPrefColumnCount(6);
        unixPathField = describe(new TextField(), "tcpServerUnixPath", "Server socket file",
                "The socket file to create, such as /tmp/socket-workbench.sock; it must not exist yet.");
        backlogField = describe(new TextField(), "tcpServerBacklog", "Backlog",
                "How many finished connections may wait while the server serves one (the seed's listen(5)); "
                        + "more clients than that wait or are refused.");
        backlogField.setPrefColumnCount(5);
        greetingField = describe(new TextField(), "tcpServerGreeting", "Greeting",
                "What every client receives before the server closes the connection; escapes such as \\r\\n and \\t work, "
                        + "and it is sent as UTF-8.");
        greetingField.getStyleClass().add("tcp-payload");
        readFirstBox = describe(new CheckBox("Read one message first"), "tcpServerReadFirst", "Read one message first",
                "Before greeting, wait for the client's message and log it, as the seeds' STEP 1-6 server's recv(1024) does.");
        readTimeoutField = describe(new TextField(), "tcpServerReadTimeout", "Read timeout in milliseconds",
                "How long to wait for the client's message before greeting anyway; meanwhile the next client waits in the backlog.");
        readTimeoutField.setPrefColumnCount(6);

        exposedNote = new Label(TcpServerModel.EXPOSED_NOTE);
        exposedNote.setId("tcpServerExposed");
        exposedNote.getStyleClass().add("tcp-exposed-note");
        exposedNote.setWrapText(true);
        exposedNote.setMaxWidth(Double.MAX_VALUE);
        exposedNote.setTooltip(FormParts.tip("With this bind address the port is open to every machine that can reach this one; "
                + "use 127.0.0.1 or ::1 to keep it local."));

        startButton = describe(new ToggleButton(), "tcpServerStart", "Start or stop the simple server",
                "Start listening with these settings, or stop the server; stopping closes its socket at once.");
        startButton.getStyleClass().add("tcp-primary-button");
        startButton.setMinWidth(Region.USE_PREF_SIZE);   // glyph and text, never cut
        statusDot = new Circle(5);
        statusDot.getStyleClass().add("tcp-status-dot");
        statusLabel = new Label();
        statusLabel.setId("tcpServerStatus");
        statusLabel.getStyleClass().add("tcp-status");
        statusLabel.setGraphic(statusDot);
        statusLabel.setGraphicTextGap(8);
        statusLabel.setWrapText(true);
        statusLabel.setTooltip(FormParts.tip("What the server is doing, with the address it is really bound to."));

        // Captions without mnemonics: the client card, left of this one, owns the letters.
        transport = new ValidatedField<>("Transport", transportBox, new ReadOnlyStringWrapper(""));   // a choice is never wrong
        bindAddress = new ValidatedField<>("Bind address", bindAddressBox, model.bindAddressErrorProperty());
        port = new ValidatedField<>("Port", portField, model.portErrorProperty());
        unixPath = new ValidatedField<>("Socket file", unixPathField, model.unixPathErrorProperty());
        backlog = new ValidatedField<>("Backlog", backlogField, model.backlogErrorProperty());
        greeting = new ValidatedField<>("Greeting", greetingField, model.greetingErrorProperty());
        readTimeout = new ValidatedField<>("Read timeout (ms)", readTimeoutField, model.readTimeoutErrorProperty());
    }

    private void layoutParts() {
        getStyleClass().addAll("tcp-card", "tcp-server");

        form = Forms.grid();
        form.getColumnConstraints().setAll(FormParts.fixedColumn(130), FormParts.growingColumn(), FormParts.fixedColumn(110), FormParts.fixedColumn(110));
        form.add(transport, 0, 0);
        form.add(bindAddress, 1, 0);
        form.add(port, 2, 0);
        form.add(unixPath, 1, 0, 2, 1);
        form.add(backlog, 3, 0);
        form.add(greeting, 0, 1, 4, 1);
        form.add(besideFields(readFirstBox), 0, 2, 2, 1);
        form.add(readTimeout, 2, 2, 2, 1);
        Forms.alignTop(form);

        HBox actions = Forms.row(12, startButton, statusLabel);
        actions.getStyleClass().add("tcp-actions");
        HBox.setHgrow(statusLabel, Priority.ALWAYS);
        statusLabel.setMaxWidth(Double.MAX_VALUE);

        VBox spacer = new VBox();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().setAll(
                Forms.header("Simple server", "One connection at a time: accept, optionally read one message, send the greeting, "
                        + "close, then accept the next, like the seeds' STEP 1-6 server."),
                form, exposedNote, spacer, actions);
    }

    private void bindFieldsToModel() {
        transportBox.valueProperty().bindBidirectional(model.transportProperty());
        // The editor's text, not the value: the value only changes on Enter, and errors should show as you type.
        bindAddressBox.getEditor().textProperty().bindBidirectional(model.bindAddressProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        unixPathField.textProperty().bindBidirectional(model.unixPathProperty());
        backlogField.textProperty().bindBidirectional(model.backlogProperty());
        greetingField.textProperty().bindBidirectional(model.greetingProperty());
        readFirstBox.selectedProperty().bindBidirectional(model.readMessageFirstProperty());
        readTimeoutField.textProperty().bindBidirectional(model.readTimeoutProperty());
        readTimeoutField.disableProperty().bind(model.readMessageFirstProperty().not());

        BooleanBinding unix = model.transportProperty().isEqualTo(Transport.UNIX);
        Forms.showIf(bindAddress, unix.not());
        Forms.showIf(port, unix.not());
        Forms.showIf(unixPath, unix);
        Forms.showIf(exposedNote, model.exposedProperty());

        // A running server's settings are fixed: the fields stay readable but cannot change.
        form.disableProperty().bind(model.activeProperty());

        startButton.textProperty().bind(Bindings.when(model.activeProperty()).then("Stop ser_ver").otherwise("Start ser_ver"));
        Icons.swapWith(startButton, model.activeProperty(), Icons.stop(), Icons.start());
        startButton.disableProperty().bind(model.activeProperty().not().and(model.inputValidProperty().not()));
        startButton.setSelected(model.isActive());
        startButton.setOnAction(e -> {
            model.toggle();
            startButton.setSelected(model.isActive());   // a click flips the button; the model decides
        });
        model.activeProperty().addListener((o, was, is) -> startButton.setSelected(is));

        statusLabel.textProperty().bind(model.statusTextProperty());
        ListenerLifecycle.showOn(model.stateProperty(), statusLabel, statusDot);
    }

    /** A check box in a row of captioned fields, lined up with the fields rather than with their captions. */
    private static VBox besideFields(Node control) {
        Label spacer = new Label(" ");
        spacer.getStyleClass().add("field-caption");
        VBox cell = new VBox(3, spacer, control);
        cell.getStyleClass().add("validated-field");   // the caption's style, so the spacer has the caption's height
        return cell;
    }

    public ToggleButton startButton() {
        return startButton;
    }
}
