package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.FormParts;
import static dev.socketworkbench.ui.common.FormParts.describe;

import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Send card of the UDP tab: destination, payload, repeat and reply options, the Send button and
 * the result of the last run. Controls only; all state and every decision is in {@link UdpSendModel}.
 */
public final class UdpSendPane extends VBox {
    /** Sends from inside the payload, where Enter is a new line. */
    public static final KeyCombination SEND_SHORTCUT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final UdpSendModel model;

    private TextField hostField;
    private TextField portField;
    private TextField sourcePortField;
    private TextArea payloadArea;
    private ComboBox<PayloadFormat> formatBox;
    private ComboBox<PayloadEncoding> encodingBox;
    private Label payloadSizeLabel;
    private TextField countField;
    private TextField intervalField;
    private CheckBox asFastBox;
    private CheckBox broadcastBox;
    private CheckBox waitBox;
    private TextField timeoutField;
    private Button sendButton;
    private Label resultLabel;

    private ValidatedField<TextField> host;
    private ValidatedField<TextField> port;
    private ValidatedField<TextField> sourcePort;
    private ValidatedField<TextArea> payload;
    private ValidatedField<TextField> count;
    private ValidatedField<TextField> interval;
    private ValidatedField<TextField> timeout;

    public UdpSendPane(UdpSendModel model) {
        this.model = Objects.requireNonNull(model, "model");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        hostField = describe(new TextField(), "udpSendHost", "Destination host",
                "Where to send: a name such as localhost, an IPv4 address such as 127.0.0.1 or an IPv6 address such as ::1. Enter sends.");
        hostField.setPromptText(UdpSendModel.DEFAULT_HOST);
        portField = describe(new TextField(), "udpSendPort", "Destination port",
                "The port the datagram goes to, 1-65535 (the seed programs use 6667). Enter sends.");
        portField.setPrefColumnCount(6);
        sourcePortField = describe(new TextField(), "udpSourcePort", "Source port",
                "The local port to send from; leave it empty to let the system pick one, as the seed does.");
        sourcePortField.setPromptText("any");
        sourcePortField.setPrefColumnCount(6);

        payloadArea = describe(new TextArea(), "udpPayload", "Payload",
                "The datagram's content, written in the chosen format. Ctrl+Enter sends.");
        payloadArea.getStyleClass().add("udp-payload");
        payloadArea.setPrefRowCount(3);
        payloadArea.setWrapText(true);
        payloadArea.setPromptText("Type the message to send");

        formatBox = describe(new ComboBox<>(), "udpPayloadFormat", "Payload format",
                "How the payload is written: plain text; text with escapes (\\n \\r \\t \\0 \\\\ and \\xHH for one byte); "
                        + "or hex bytes such as 48 65 6c 6c 6f.");
        formatBox.getItems().setAll(PayloadFormat.values());
        formatBox.setConverter(FormParts.labels(PayloadFormat.values(), PayloadFormat::label));
        encodingBox = describe(new ComboBox<>(), "udpPayloadEncoding", "Payload encoding",
                "The character encoding that turns the text into bytes; hex payloads are bytes already and ignore it.");
        encodingBox.getItems().setAll(PayloadEncoding.values());
        encodingBox.setConverter(FormParts.labels(PayloadEncoding.values(), PayloadEncoding::label));
        payloadSizeLabel = new Label();
        payloadSizeLabel.setId("udpPayloadSize");
        payloadSizeLabel.getStyleClass().add("udp-payload-size");
        payloadSizeLabel.setTooltip(FormParts.tip("The size of the datagram's payload in bytes, as it will be sent; one datagram carries at most 65,507."));

        countField = describe(new TextField(), "udpSendCount", "Number of datagrams",
                "How many datagrams to send, one after the other.");
        countField.setPrefColumnCount(6);
        intervalField = describe(new TextField(), "udpSendInterval", "Interval in milliseconds",
                "The pause between two datagrams, in milliseconds.");
        intervalField.setPrefColumnCount(6);
        asFastBox = describe(new CheckBox("_As fast as possible"), "udpAsFastAsPossible", "As fast as possible",
                "Send the datagrams back to back without a pause (interval 0), for load tests.");
        // The socket option's own name, as students will write it in code; the tooltip says what it does.
        broadcastBox = describe(new CheckBox("SO_BROADCAST"), "udpBroadcast", "Allow broadcast (SO_BROADCAST)",
                "Allow broadcast: turns on the socket option SO_BROADCAST, which the system requires before it sends to a "
                        + "broadcast address such as 255.255.255.255.");
        broadcastBox.setMnemonicParsing(false);
        waitBox = describe(new CheckBox("_Wait for reply, timeout (ms)"), "udpWaitForReply", "Wait for reply",
                "After each datagram, wait for an answer, like the seed's Client1.py; the log shows the reply as RECEIVED.");
        timeoutField = describe(new TextField(), "udpReplyTimeout", "Reply timeout in milliseconds",
                "How long to wait for each reply, in milliseconds; UDP promises no answer, so a reply may never come.");
        timeoutField.setPrefColumnCount(6);

        sendButton = describe(new Button(), "udpSendButton", "Send",
                "Send the payload now (Ctrl+Enter in the payload does the same); while several datagrams go out it stops them.");
        sendButton.getStyleClass().add("udp-primary-button");
        sendButton.setMinWidth(Region.USE_PREF_SIZE);   // glyph and text, never cut
        resultLabel = new Label();
        resultLabel.setId("udpSendResult");
        resultLabel.getStyleClass().add("udp-result");
        resultLabel.setWrapText(true);
        resultLabel.setTooltip(FormParts.tip("What the last run did: datagrams sent, time, rate and replies."));

        host = new ValidatedField<>("_Host", hostField, model.hostErrorProperty());
        port = new ValidatedField<>("_Port", portField, model.portErrorProperty());
        sourcePort = new ValidatedField<>("Sou_rce port", sourcePortField, model.sourcePortErrorProperty());
        payload = new ValidatedField<>("Pa_yload", payloadArea, model.payloadErrorProperty());
        count = new ValidatedField<>("_Count", countField, model.countErrorProperty());
        interval = new ValidatedField<>("_Interval (ms)", intervalField, model.intervalErrorProperty());
        timeout = new ValidatedField<>("", timeoutField, model.replyTimeoutErrorProperty());
        // The check box is the timeout's caption: it says what the number is for and switches it on.
        timeout.caption().setGraphic(waitBox);
        timeout.caption().setLabelFor(timeoutField);
        timeout.caption().setMinWidth(Region.USE_PREF_SIZE);
        timeoutField.setMaxWidth(110);
    }

    private void layoutParts() {
        getStyleClass().addAll("udp-card", "udp-send");

        VBox destination = FormLayout.row(List.of(FormParts.growingColumn(), FormParts.fixedColumn(110, 90), FormParts.fixedColumn(110, 90)),
                host, port, sourcePort);

        Label formatCaption = FormParts.inlineCaption("_Format", formatBox);
        Label encodingCaption = FormParts.inlineCaption("_Encoding", encodingBox);
        formatBox.setPrefWidth(170);
        encodingBox.setPrefWidth(190);
        formatBox.setMinWidth(90);
        encodingBox.setMinWidth(90);
        payloadSizeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox payloadOptions = new HBox(8, formatCaption, formatBox, encodingCaption, encodingBox, FormParts.grow(), payloadSizeLabel);
        payloadOptions.setAlignment(Pos.CENTER_LEFT);
        payloadOptions.getStyleClass().add("udp-payload-options");
        VBox.setVgrow(payloadArea, Priority.ALWAYS);
        VBox.setVgrow(payload, Priority.ALWAYS);

        VBox repeat = FormLayout.row(repeatColumns(), count, interval, FormLayout.besideFields(asFastBox));
        VBox reply = FormLayout.row(repeatColumns(), FormLayout.spanning(timeout, 2), FormLayout.besideFields(broadcastBox));

        HBox actions = new HBox(12, sendButton, resultLabel);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("udp-actions");
        HBox.setHgrow(resultLabel, Priority.ALWAYS);
        resultLabel.setMaxWidth(Double.MAX_VALUE);

        getChildren().setAll(
                FormLayout.header("Send", "Datagrams to a host and port, like the seed's sendto()."),
                destination, payload, payloadOptions, repeat, reply, actions);
    }

    /** The columns of the two repeat rows, equal so that they line up. */
    private static List<ColumnConstraints> repeatColumns() {
        ColumnConstraints checkBoxes = FormParts.growingColumn();
        checkBoxes.setMinWidth(Region.USE_COMPUTED_SIZE);   // check box labels are never cut
        return List.of(FormParts.fixedColumn(110, 100), FormParts.fixedColumn(110, 100), checkBoxes);
    }

    private void bindFieldsToModel() {
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        sourcePortField.textProperty().bindBidirectional(model.sourcePortProperty());
        payloadArea.textProperty().bindBidirectional(model.payloadProperty());
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        encodingBox.valueProperty().bindBidirectional(model.encodingProperty());
        encodingBox.disableProperty().bind(model.formatProperty().isEqualTo(PayloadFormat.HEX));
        payloadSizeLabel.textProperty().bind(model.payloadSizeProperty());
        countField.textProperty().bindBidirectional(model.countProperty());
        intervalField.textProperty().bindBidirectional(model.intervalProperty());
        asFastBox.selectedProperty().bindBidirectional(model.asFastAsPossibleProperty());
        intervalField.disableProperty().bind(model.asFastAsPossibleProperty());
        broadcastBox.selectedProperty().bindBidirectional(model.broadcastProperty());
        waitBox.selectedProperty().bindBidirectional(model.waitForReplyProperty());
        timeoutField.textProperty().bindBidirectional(model.replyTimeoutProperty());
        timeoutField.disableProperty().bind(model.waitForReplyProperty().not());
        resultLabel.textProperty().bind(model.resultProperty());

        sendButton.textProperty().bind(Bindings.when(model.stoppableProperty()).then("_Stop").otherwise("_Send"));
        Icons.swapWith(sendButton, model.stoppableProperty(), Icons.stop(), Icons.send());
        sendButton.disableProperty().bind(model.canSendBinding().not().and(model.stoppableProperty().not()));
        sendButton.setOnAction(e -> model.sendOrStop());
        FormParts.onEnter(hostField, model::send);
        FormParts.onEnter(portField, model::send);
        payloadArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEND_SHORTCUT.match(e)) {
                e.consume();
                model.send();
            }
        });
    }


    public Button sendButton() {
        return sendButton;
    }

    public TextArea payloadArea() {
        return payloadArea;
    }
}
