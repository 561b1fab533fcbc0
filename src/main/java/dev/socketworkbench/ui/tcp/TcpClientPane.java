package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.ui.common.FormParts;
import static dev.socketworkbench.ui.common.FormParts.describe;

import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.tcp.LineEnding;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The Client card of the TCP tab: where to connect (TCP host and port, or a socket file), the connect
 * timeout, TCP_NODELAY and "disconnect after bye", the Connect/Disconnect button with the connection's
 * status, and the payload with its format, encoding and line ending, Send (also Ctrl+Enter) and
 * Half-close. Controls only; all state and every decision is in {@link TcpClientModel}.
 */
public final class TcpClientPane extends VBox {
    /** Sends from anywhere in the card: Ctrl+Enter (Cmd+Enter on a Mac). */
    public static final KeyCombination SEND_SHORTCUT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");
    private static final PseudoClass CONNECTING = PseudoClass.getPseudoClass("connecting");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final TcpClientModel model;

    private ComboBox<Transport> transportBox;
    private TextField hostField;
    private TextField portField;
    private TextField unixPathField;
    private TextField connectTimeoutField;
    private CheckBox noDelayBox;
    private CheckBox byeBox;
    private ToggleButton connectButton;
    private Circle statusDot;
    private Label statusLabel;
    private TextArea payloadArea;
    private ComboBox<PayloadFormat> formatBox;
    private ComboBox<PayloadEncoding> encodingBox;
    private ComboBox<LineEnding> lineEndingBox;
    private Label payloadSize;
    private Button halfCloseButton;
    private Button sendButton;

    private ValidatedField<ComboBox<Transport>> transport;
    private ValidatedField<TextField> host;
    private ValidatedField<TextField> port;
    private ValidatedField<TextField> unixPath;
    private ValidatedField<TextField> connectTimeout;
    private ValidatedField<TextArea> payload;
    private GridPane connectionForm;
    private HBox options;

    public TcpClientPane(TcpClientModel model) {
        this.model = Objects.requireNonNull(model, "model");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        transportBox = describe(new ComboBox<>(), "tcpTransport", "Client transport",
                "TCP connects to a host and port over the network stack; a Unix socket connects to a socket file on this "
                        + "machine (AF_UNIX), with no addresses or ports at all.");
        transportBox.getItems().setAll(Transport.values());
        transportBox.setConverter(FormParts.labels(Transport.values(), Labels::transport));
        hostField = describe(new TextField(), "tcpHost", "Server host",
                "The server's address or name: IPv4 such as 127.0.0.1, IPv6 such as ::1, or a name such as localhost.");
        portField = describe(new TextField(), "tcpPort", "Server port",
                "The server's port, 1-65535 (the seeds' server listens on 5000).");
        portField.setPrefColumnCount(6);
        unixPathField = describe(new TextField(), "tcpUnixPath", "Server socket file",
                "The socket file the server listens on, such as /tmp/socket-workbench.sock.");
        connectTimeoutField = describe(new TextField(), "tcpConnectTimeout", "Connect timeout in milliseconds",
                "How long connecting may take before giving up, in milliseconds; 0 waits as long as the operating system does.");
        connectTimeoutField.setPrefColumnCount(6);
        noDelayBox = describe(new CheckBox("TCP_NODELAY"), "tcpNoDelay", "TCP_NODELAY",
                "Send every small write at once instead of letting Nagle's algorithm collect them into fewer segments.");
        noDelayBox.setMnemonicParsing(false);   // the option's own name has an underscore
        byeBox = describe(new CheckBox("Disconnect after sending \"bye\""), "tcpByeDisconnect", "Disconnect after sending bye",
                "After sending \"bye\" (a line ending may follow), close the connection, as the seed's chat client does.");

        connectButton = describe(new ToggleButton(), "tcpConnect", "Connect or disconnect",
                "Connect with these settings, or close the connection; disconnecting returns at once.");
        connectButton.getStyleClass().add("tcp-primary-button");
        connectButton.setMinWidth(Region.USE_PREF_SIZE);   // glyph and text, never cut
        statusDot = new Circle(5);
        statusDot.getStyleClass().add("tcp-status-dot");
        statusLabel = new Label();
        statusLabel.setId("tcpConnectionStatus");
        statusLabel.getStyleClass().add("tcp-status");
        statusLabel.setGraphic(statusDot);
        statusLabel.setGraphicTextGap(8);
        statusLabel.setWrapText(true);
        statusLabel.setTooltip(FormParts.tip("The connection: both ends' addresses while connected, or why it ended."));

        payloadArea = describe(new TextArea(), "tcpPayload", "Payload",
                "What Send sends, written in the chosen format; Ctrl+Enter sends. Every read of the reply is one row in the log.");
        payloadArea.getStyleClass().add("tcp-payload");
        payloadArea.setPrefRowCount(3);
        payloadArea.setWrapText(true);
        formatBox = describe(new ComboBox<>(), "tcpFormat", "Payload format",
                "Text as typed; text with escapes (\\n, \\r, \\t, \\0, \\\\, \\xHH); or hex bytes such as 48 65 6c 6c 6f.");
        formatBox.getItems().setAll(PayloadFormat.values());
        formatBox.setConverter(FormParts.labels(PayloadFormat.values(), PayloadFormat::label));
        encodingBox = describe(new ComboBox<>(), "tcpEncoding", "Payload encoding",
                "How the text becomes bytes; hex payloads are bytes already.");
        encodingBox.getItems().setAll(PayloadEncoding.values());
        encodingBox.setConverter(FormParts.labels(PayloadEncoding.values(), PayloadEncoding::label));
        lineEndingBox = describe(new ComboBox<>(), "tcpLineEnding", "Line ending",
                "Appended after the payload: none (as the seeds' Python clients send), \\n, or \\r\\n for line-based servers.");
        lineEndingBox.getItems().setAll(LineEnding.values());
        lineEndingBox.setConverter(FormParts.labels(LineEnding.values(), Labels::lineEnding));
        lineEndingBox.setMinWidth(130);
        payloadSize = new Label();
        payloadSize.setId("tcpPayloadSize");
        payloadSize.getStyleClass().add("tcp-payload-size");
        payloadSize.setTooltip(FormParts.tip("How many bytes Send puts on the wire, line ending included."));
        halfCloseButton = describe(new Button("Half-c_lose"), "tcpHalfClose", "Half-close",
                "Shut down output: send FIN so the server reads end-of-stream, while this side still receives until the server closes.");
        sendButton = describe(new Button("_Send"), "tcpSend", "Send",
                "Send the payload on the open connection (Ctrl+Enter).");
        sendButton.getStyleClass().add("tcp-primary-button");
        halfCloseButton.setGraphic(Icons.halfClose());
        sendButton.setGraphic(Icons.send());
        sendButton.setMinWidth(Region.USE_PREF_SIZE);

        transport = new ValidatedField<>("Transpor_t", transportBox, new ReadOnlyStringWrapper(""));   // a choice is never wrong
        host = new ValidatedField<>("_Host", hostField, model.hostErrorProperty());
        port = new ValidatedField<>("_Port", portField, model.portErrorProperty());
        unixPath = new ValidatedField<>("Socket _file", unixPathField, model.unixPathErrorProperty());
        connectTimeout = new ValidatedField<>("Connect ti_meout (ms)", connectTimeoutField, model.connectTimeoutErrorProperty());
        payload = new ValidatedField<>("Pa_yload", payloadArea, model.payloadErrorProperty());
    }

    private void layoutParts() {
        getStyleClass().addAll("tcp-card", "tcp-client");

        connectionForm = Forms.grid();
        connectionForm.getColumnConstraints().setAll(FormParts.fixedColumn(130), FormParts.growingColumn(), FormParts.fixedColumn(110),
                FormParts.fixedColumn(170));
        connectionForm.add(transport, 0, 0);
        connectionForm.add(host, 1, 0);
        connectionForm.add(port, 2, 0);
        connectionForm.add(unixPath, 1, 0, 2, 1);
        connectionForm.add(connectTimeout, 3, 0);
        Forms.alignTop(connectionForm);

        options = Forms.row(18, noDelayBox, byeBox);
        options.getStyleClass().add("tcp-options");

        HBox connection = Forms.row(12, connectButton, statusLabel);
        connection.getStyleClass().add("tcp-actions");
        HBox.setHgrow(statusLabel, Priority.ALWAYS);
        statusLabel.setMaxWidth(Double.MAX_VALUE);

        VBox.setVgrow(payload, Priority.ALWAYS);
        VBox.setVgrow(payloadArea, Priority.ALWAYS);
        HBox payloadOptions = Forms.row(8,
                FormParts.inlineCaption("F_ormat", formatBox), formatBox,
                FormParts.inlineCaption("E_ncoding", encodingBox), encodingBox,
                FormParts.inlineCaption("Line _ending", lineEndingBox), lineEndingBox);
        payloadOptions.getStyleClass().add("tcp-payload-options");
        HBox sending = Forms.row(12, payloadSize, FormParts.grow(), halfCloseButton, sendButton);
        sending.getStyleClass().add("tcp-actions");

        getChildren().setAll(
                Forms.header("Client", "Connect to a server and send bytes; every read of what comes back is one log row, "
                        + "because TCP is a byte stream, not a series of messages."),
                connectionForm, options, connection, payload, payloadOptions, sending);
    }

    private void bindFieldsToModel() {
        transportBox.valueProperty().bindBidirectional(model.transportProperty());
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        unixPathField.textProperty().bindBidirectional(model.unixPathProperty());
        connectTimeoutField.textProperty().bindBidirectional(model.connectTimeoutProperty());
        noDelayBox.selectedProperty().bindBidirectional(model.tcpNoDelayProperty());
        byeBox.selectedProperty().bindBidirectional(model.disconnectAfterByeProperty());
        payloadArea.textProperty().bindBidirectional(model.payloadProperty());
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        encodingBox.valueProperty().bindBidirectional(model.encodingProperty());
        lineEndingBox.valueProperty().bindBidirectional(model.lineEndingProperty());

        BooleanBinding unix = model.transportProperty().isEqualTo(Transport.UNIX);
        Forms.showIf(host, unix.not());
        Forms.showIf(port, unix.not());
        Forms.showIf(unixPath, unix);
        noDelayBox.disableProperty().bind(unix);   // Nagle is a TCP matter

        // A connection's settings are fixed while it lives: the fields stay readable but cannot change.
        BooleanBinding disconnected = model.stateProperty().isEqualTo(TcpClientModel.State.DISCONNECTED);
        connectionForm.disableProperty().bind(disconnected.not());
        options.disableProperty().bind(disconnected.not());
        encodingBox.disableProperty().bind(model.formatProperty().isEqualTo(PayloadFormat.HEX));

        connectButton.textProperty().bind(Bindings.when(disconnected).then("_Connect").otherwise("Dis_connect"));
        Icons.swapWith(connectButton, disconnected.not(), Icons.disconnect(), Icons.connect());
        connectButton.disableProperty().bind(model.canToggleConnectionBinding().not());
        connectButton.setSelected(!disconnected.get());
        connectButton.setOnAction(e -> {
            model.toggleConnection();
            connectButton.setSelected(model.state() != TcpClientModel.State.DISCONNECTED);   // the model decides
        });
        model.stateProperty().addListener((o, before, now) -> {
            connectButton.setSelected(now != TcpClientModel.State.DISCONNECTED);
            showState();
        });
        model.failedProperty().addListener((o, was, is) -> showState());
        showState();

        sendButton.disableProperty().bind(model.canSendBinding().not());
        sendButton.setOnAction(e -> model.send());
        halfCloseButton.disableProperty().bind(model.canHalfCloseBinding().not());
        halfCloseButton.setOnAction(e -> model.halfClose());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEND_SHORTCUT.match(e)) {
                e.consume();
                model.send();   // when it cannot send, it says why in the log
            }
        });

        statusLabel.textProperty().bind(model.statusTextProperty());
        payloadSize.textProperty().bind(model.payloadSizeProperty());
    }

    private void showState() {
        TcpClientModel.State state = model.state();
        for (Node node : List.of(statusLabel, statusDot)) {
            node.pseudoClassStateChanged(CONNECTED, state == TcpClientModel.State.CONNECTED);
            node.pseudoClassStateChanged(CONNECTING, state == TcpClientModel.State.CONNECTING);
            node.pseudoClassStateChanged(FAILED, model.failedProperty().get());
        }
    }

    public ToggleButton connectButton() {
        return connectButton;
    }

    public Button sendButton() {
        return sendButton;
    }

    public TextArea payloadArea() {
        return payloadArea;
    }
}
