package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.ui.common.FormParts;
import static dev.socketworkbench.ui.common.FormParts.describe;

import dev.socketworkbench.net.udp.ReplyMode;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;

/**
 * The Listen card of the UDP tab: bind address and port, receive buffer, reply mode, multicast group,
 * the "reachable from the network" note, the Start/Stop button and what the listener is doing.
 * Controls only; all state and every decision is in {@link UdpListenModel}.
 */
public final class UdpListenPane extends VBox {
    /** How the interface choice shows "" (join on the loopback interface). */
    static final String DEFAULT_INTERFACE = "Loopback (default)";

    private final UdpListenModel model;

    private ComboBox<String> bindAddressBox;
    private TextField portField;
    private TextField bufferField;
    private ComboBox<ReplyMode> replyModeBox;
    private TextField fixedReplyField;
    private TextField groupField;
    private ComboBox<String> interfaceBox;
    private Label exposedWarning;
    private ToggleButton listenButton;
    private Circle statusDot;
    private Label statusLabel;

    private ValidatedField<ComboBox<String>> bindAddress;
    private ValidatedField<TextField> port;
    private ValidatedField<TextField> buffer;
    private ValidatedField<ComboBox<ReplyMode>> replyMode;
    private ValidatedField<TextField> fixedReply;
    private ValidatedField<TextField> group;
    private ValidatedField<ComboBox<String>> networkInterface;
    private VBox form;

    public UdpListenPane(UdpListenModel model) {
        this.model = Objects.requireNonNull(model, "model");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        bindAddressBox = describe(new ComboBox<>(), "udpListenAddress", "Bind address",
                "The local address to listen on: 127.0.0.1 or ::1 for this machine only; 0.0.0.0 or :: for every "
                        + "interface, which other machines can reach. You can also type one of this machine's addresses.");
        bindAddressBox.setEditable(true);
        bindAddressBox.getItems().setAll(UdpListenModel.SUGGESTED_BIND_ADDRESSES);
        bindAddressBox.getEditor().setAccessibleText("Bind address");
        portField = describe(new TextField(), "udpListenPort", "Listen port",
                "The local port to listen on, 0-65535 (the seeds use 6667); 0 lets the system pick a free one.");
        portField.setPrefColumnCount(6);
        bufferField = describe(new TextField(), "udpReceiveBuffer", "Receive buffer in bytes",
                "How many bytes of each datagram to keep, like the seed's recvfrom(8192); a longer datagram is cut "
                        + "and the log says so.");
        bufferField.setPrefColumnCount(6);
        replyModeBox = describe(new ComboBox<>(), "udpReplyMode", "Reply mode",
                "What to send back to each datagram: nothing; the same bytes (echo, like UDP_Server.py); or a fixed text "
                        + "(like the socketserver seed's \"Got your message!\").");
        replyModeBox.getItems().setAll(ReplyMode.values());
        replyModeBox.setConverter(FormParts.labels(ReplyMode.values(), UdpListenPane::label));
        fixedReplyField = describe(new TextField(), "udpFixedReply", "Fixed reply",
                "The reply sent to every datagram in Fixed text mode; escapes such as \\n and \\xHH work, and it is sent as UTF-8.");
        groupField = describe(new TextField(), "udpMulticastGroup", "Multicast group",
                "A multicast group to join, such as 239.1.2.3 or ff05::1:3; leave it empty to receive unicast datagrams.");
        groupField.setPromptText("none");
        interfaceBox = describe(new ComboBox<>(), "udpMulticastInterface", "Multicast interface",
                "The network interface to join the group on; the default is the loopback interface, which keeps the traffic on this machine.");
        interfaceBox.setItems(model.interfaceChoices());
        interfaceBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? DEFAULT_INTERFACE : name;
            }

            @Override
            public String fromString(String text) {
                return DEFAULT_INTERFACE.equals(text) ? "" : text;
            }
        });

        exposedWarning = new Label(UdpListenModel.EXPOSED_WARNING);
        exposedWarning.setId("udpExposedWarning");
        exposedWarning.getStyleClass().add("udp-exposed-warning");
        exposedWarning.setWrapText(true);
        exposedWarning.setMaxWidth(Double.MAX_VALUE);
        exposedWarning.setTooltip(FormParts.tip("With this bind address (or interface) the port is open to every machine "
                + "that can reach this one; use 127.0.0.1 or ::1 to keep it local."));

        listenButton = describe(new ToggleButton(), "udpListenButton", "Start or stop listening",
                "Start listening with these settings, or stop the listener; stopping closes the socket at once.");
        listenButton.getStyleClass().add("udp-primary-button");
        listenButton.setMinWidth(Region.USE_PREF_SIZE);   // glyph and text, never cut
        statusDot = new Circle(5);
        statusDot.getStyleClass().add("udp-status-dot");
        statusLabel = new Label();
        statusLabel.setId("udpListenStatus");
        statusLabel.getStyleClass().add("udp-listen-status");
        statusLabel.setGraphic(statusDot);
        statusLabel.setGraphicTextGap(8);
        statusLabel.setWrapText(true);
        statusLabel.setTooltip(FormParts.tip("What the listener is doing, with the address it is really bound to."));

        bindAddress = new ValidatedField<>("_Bind address", bindAddressBox, model.bindAddressErrorProperty());
        port = new ValidatedField<>("P_ort", portField, model.portErrorProperty());
        buffer = new ValidatedField<>("Receive b_uffer (bytes)", bufferField, model.bufferErrorProperty());
        replyMode = new ValidatedField<>("Reply _mode", replyModeBox, new ReadOnlyStringWrapper(""));   // a choice is never wrong
        fixedReply = new ValidatedField<>("Fi_xed reply", fixedReplyField, model.fixedReplyErrorProperty());
        group = new ValidatedField<>("Multicast _group", groupField, model.groupErrorProperty());
        networkInterface = new ValidatedField<>("I_nterface", interfaceBox, model.interfaceErrorProperty());
    }

    /** "None", "Echo", "Fixed text": what the reply mode list shows. */
    static String label(ReplyMode mode) {
        return switch (mode) {
            case NONE -> "None (only receive)";
            case ECHO -> "Echo (send it back)";
            case FIXED -> "Fixed text";
        };
    }

    private void layoutParts() {
        getStyleClass().addAll("udp-card", "udp-listen");

        form = new VBox(10,
                FormLayout.row(halves(), bindAddress, port),
                FormLayout.row(halves(), replyMode, fixedReply),
                FormLayout.row(halves(), group, networkInterface),
                FormLayout.row(halves(), buffer));
        // Numbers need little room; a port field as wide as an address would look like it wants one.
        portField.setMaxWidth(110);
        bufferField.setMaxWidth(110);

        HBox actions = new HBox(12, listenButton, statusLabel);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("udp-actions");
        HBox.setHgrow(statusLabel, Priority.ALWAYS);
        statusLabel.setMaxWidth(Double.MAX_VALUE);

        VBox spacer = new VBox();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().setAll(
                FormLayout.header("Listen", "Datagrams arriving on a local port, like the seed's recvfrom()."),
                form, exposedWarning, spacer, actions);
    }

    /** Two equal columns, the same in every row, so the rows line up. */
    private static List<ColumnConstraints> halves() {
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(50);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(50);
        return List.of(left, right);
    }

    private void bindFieldsToModel() {
        // The editor's text, not the value: the value only changes on Enter, and errors should show as you type.
        bindAddressBox.getEditor().textProperty().bindBidirectional(model.bindAddressProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        bufferField.textProperty().bindBidirectional(model.bufferProperty());
        replyModeBox.valueProperty().bindBidirectional(model.replyModeProperty());
        fixedReplyField.textProperty().bindBidirectional(model.fixedReplyProperty());
        groupField.textProperty().bindBidirectional(model.groupProperty());
        interfaceBox.valueProperty().bindBidirectional(model.networkInterfaceProperty());

        // The settings of a running listener are fixed: the fields stay readable but cannot change.
        form.disableProperty().bind(model.activeProperty());
        fixedReplyField.disableProperty().bind(model.replyModeProperty().isNotEqualTo(ReplyMode.FIXED));
        interfaceBox.disableProperty().bind(model.groupProperty().map(String::isBlank));

        exposedWarning.visibleProperty().bind(model.exposedProperty());
        exposedWarning.managedProperty().bind(model.exposedProperty());

        listenButton.textProperty().bind(Bindings.when(model.activeProperty()).then("Stop _listening").otherwise("Start _listening"));
        Icons.swapWith(listenButton, model.activeProperty(), Icons.stop(), Icons.listen());
        listenButton.disableProperty().bind(model.activeProperty().not().and(model.inputValidProperty().not()));
        listenButton.setSelected(model.isActive());
        listenButton.setOnAction(e -> {
            model.toggle();
            listenButton.setSelected(model.isActive());   // a click flips the button; the model decides
        });
        model.activeProperty().addListener((o, was, is) -> listenButton.setSelected(is));

        FormParts.onEnter(portField, model::start);     // as Enter in a Send field sends
        FormParts.onEnter(bufferField, model::start);
        statusLabel.textProperty().bind(model.statusTextProperty());
        ListenerLifecycle.showOn(model.stateProperty(), statusLabel, statusDot);
    }

    public ToggleButton listenButton() {
        return listenButton;
    }
}
