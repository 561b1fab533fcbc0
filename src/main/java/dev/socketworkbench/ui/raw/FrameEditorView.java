package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.ArpOperation;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import java.util.Objects;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.controlsfx.control.SegmentedButton;

/**
 * The frame editor on the left of the raw-frames tab: the template chooser, the Form / Raw hex switch,
 * and a compact, scrollable form with one group per layer (only the layers the template has are shown).
 * Every field is bound to {@link FrameForm} or {@link RawFramesModel}; the frame rebuilds as you type.
 */
final class FrameEditorView extends ScrollPane {
    static final String FCS_NOTE = "The network card normally adds the FCS itself; the seed's `ethtool -K IF tx off` "
            + "only turns off checksum offload, so these 4 bytes usually go out as data before the card's own FCS.";

    private final RawFramesModel model;
    private final FrameForm form;

    private ComboBox<FrameTemplate> templateBox;
    private Button resetButton;
    private ToggleButton formButton;
    private ToggleButton hexButton;
    private SegmentedButton modeSwitch;

    private TextField destinationField;
    private TextField sourceField;
    private TextField etherTypeField;
    private CheckBox vlanOn;
    private TextField vlanIdField;
    private TextField vlanPriorityField;
    private CheckBox padOn;
    private CheckBox fcsOn;
    private Label fcsNote;
    private ComboBox<ArpOperation> arpOperationBox;
    private TextField arpSenderMacField;
    private TextField arpSenderIpField;
    private TextField arpTargetMacField;
    private TextField arpTargetIpField;
    private TextField ipSourceField;
    private TextField ipDestinationField;
    private TextField ttlField;
    private TextField identificationField;
    private TextField protocolField;
    private TextField udpSourcePortField;
    private TextField udpDestinationPortField;
    private TextField icmpIdentifierField;
    private TextField icmpSequenceField;
    private ComboBox<PayloadFormat> payloadFormatBox;
    private TextArea payloadArea;
    private TextArea rawHexArea;
    private CheckBox rawHexFcs;
    private Button rawHexFromForm;

    private VBox formBox;
    private VBox rawHexBox;
    /** The scene's focus owner; a field so the listener on it stays registered. */
    private ObservableValue<Node> focusOwner;

    FrameEditorView(RawFramesModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.form = model.form();
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        templateBox = new ComboBox<>();
        templateBox.setId("rawTemplate");
        templateBox.getItems().setAll(FrameTemplate.values());
        templateBox.setMaxWidth(Double.MAX_VALUE);
        templateBox.setTooltip(new Tooltip("Start from a ready-made frame: the seed's raw frame (EtherType 0x0801), an ARP "
                + "who-has, IPv4/UDP to a port, or an ICMP echo request (ping). Every field below can then be changed."));
        resetButton = new Button("Reset", Icons.resetTemplate());
        resetButton.setId("rawReset");
        resetButton.setTooltip(new Tooltip("Put every field back to the template's values."));
        resetButton.setMinWidth(Region.USE_PREF_SIZE);

        formButton = new ToggleButton(EditorMode.FORM.label());
        formButton.setId("rawModeForm");
        formButton.setUserData(EditorMode.FORM);
        formButton.setTooltip(new Tooltip("Edit the frame field by field; lengths and checksums are worked out for you."));
        hexButton = new ToggleButton(EditorMode.RAW_HEX.label());
        hexButton.setId("rawModeHex");
        hexButton.setUserData(EditorMode.RAW_HEX);
        hexButton.setTooltip(new Tooltip("Type or paste a whole frame as hex and let the dissector explain it."));
        modeSwitch = new SegmentedButton(formButton, hexButton);

        destinationField = textField("rawEthDst", "The destination MAC address, e.g. ff:ff:ff:ff:ff:ff (everyone on the "
                + "link) or 02:00:00:00:00:02.");
        sourceField = textField("rawEthSrc", "The source MAC address; the kernel sends it as typed, it does not put the "
                + "interface's own address here.");
        etherTypeField = textField("rawEthType", "What the payload is: 0x0800 IPv4, 0x0806 ARP, 0x86DD IPv6, or any "
                + "number from 0x0600 such as the seed's 0x0801 or the experimental 0x88b5.");
        vlanOn = checkBox("rawVlanOn", "802.1Q tag", "Insert a 4-byte 802.1Q VLAN tag (TPID 0x8100) after the source address.");
        vlanIdField = textField("rawVlanId", "The VLAN ID, 0-4095 (0: priority tag only; 4095 is reserved).");
        vlanPriorityField = textField("rawVlanPcp", "The priority code point, 0-7 (0 best effort, 7 highest).");
        padOn = checkBox("rawPad", "Pad to 60 bytes", "Fill a short frame with zeros up to 60 bytes, the Ethernet minimum "
                + "without the FCS, as the kernel or the card would otherwise do.");
        fcsOn = checkBox("rawFcsOn", "Append an FCS", "Put a 4-byte frame check sequence (CRC-32) at the end of the frame.");
        fcsNote = new Label(FCS_NOTE);
        fcsNote.setId("rawFcsNote");
        fcsNote.getStyleClass().add("raw-note");
        fcsNote.setWrapText(true);
        fcsNote.setMinHeight(Region.USE_PREF_SIZE);

        arpOperationBox = new ComboBox<>();
        arpOperationBox.setId("rawArpOp");
        arpOperationBox.getItems().setAll(ArpOperation.REQUEST, ArpOperation.REPLY);
        arpOperationBox.setMaxWidth(Double.MAX_VALUE);
        arpOperationBox.setTooltip(new Tooltip("Request: \"who has the target IP?\". Reply: \"the sender IP is at the sender MAC\"."));
        arpSenderMacField = textField("rawArpSenderMac", "The sender's MAC address, which the receivers learn.");
        arpSenderIpField = textField("rawArpSenderIp", "The sender's IPv4 address.");
        arpTargetMacField = textField("rawArpTargetMac", "The target's MAC address; 00:00:00:00:00:00 in a request, "
                + "because that is what is asked.");
        arpTargetIpField = textField("rawArpTargetIp", "The IPv4 address whose MAC address is asked for.");

        ipSourceField = textField("rawIpSrc", "The source IPv4 address, sent as typed.");
        ipDestinationField = textField("rawIpDst", "The destination IPv4 address.");
        ttlField = textField("rawIpTtl", "Time to live, 0-255: each router takes one off and drops the packet at 0.");
        identificationField = textField("rawIpId", "The identification, 0-65535, which ties the fragments of one packet together.");
        protocolField = textField("rawIpProtocol", "What the IPv4 packet carries: UDP (17), ICMP (1), TCP (6) or any number 0-255.");
        udpSourcePortField = textField("rawUdpSrcPort", "The UDP source port, 0-65535 (0: no reply expected).");
        udpDestinationPortField = textField("rawUdpDstPort", "The UDP destination port, 0-65535.");
        icmpIdentifierField = textField("rawIcmpId", "The echo identifier, 0-65535, which ping sets to tell its requests apart.");
        icmpSequenceField = textField("rawIcmpSeq", "The echo sequence number, 0-65535, which ping counts up.");

        payloadFormatBox = new ComboBox<>();
        payloadFormatBox.setId("rawPayloadFormat");
        payloadFormatBox.getItems().setAll(PayloadFormat.values());
        payloadFormatBox.setCellFactory(l -> new FormatCell());
        payloadFormatBox.setButtonCell(new FormatCell());
        payloadFormatBox.setTooltip(new Tooltip("How the data is written: plain text (UTF-8), text with escapes such as \\n "
                + "and \\x00, or hex bytes. Switching keeps the same bytes."));
        payloadArea = new TextArea();
        payloadArea.setId("rawPayload");
        payloadArea.setPrefRowCount(3);
        payloadArea.setWrapText(true);
        payloadArea.setTooltip(new Tooltip("The data the frame carries after its headers."));

        rawHexArea = new TextArea();
        rawHexArea.setId("rawHexText");
        rawHexArea.getStyleClass().add("raw-hex-text");
        rawHexArea.setPrefRowCount(10);
        rawHexArea.setPrefColumnCount(24);
        rawHexArea.setWrapText(true);
        rawHexArea.setTooltip(new Tooltip("A whole frame from the destination MAC address on, as hex: spaces, colons or line "
                + "breaks between bytes are fine, as is Wireshark's \"copy as hex stream\"."));
        rawHexFcs = checkBox("rawHexFcs", "The last 4 bytes are the FCS", "Check them as a frame check sequence (CRC-32) "
                + "instead of reading them as data.");
        rawHexFromForm = new Button("Copy from the form", Icons.copy());
        rawHexFromForm.setId("rawHexFromForm");
        rawHexFromForm.setTooltip(new Tooltip("Replace the hex with the frame the form builds, to change it byte by byte."));
    }

    private static TextField textField(String id, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    private static CheckBox checkBox(String id, String text, String tooltip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setTooltip(new Tooltip(tooltip));
        return box;
    }

    private void layoutParts() {
        getStyleClass().add("frame-editor");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        // The template box has the row to itself, so the longest name is never cut; Reset sits by the mode switch.
        ValidatedField<ComboBox<FrameTemplate>> templateField = field("_Template", templateBox, none());
        templateBox.setMinWidth(widestTemplateName() + 48);   // the name, the arrow and the padding
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox modeRow = new HBox(8, modeSwitch, gap, resetButton);
        modeRow.setAlignment(Pos.CENTER_LEFT);

        ObservableStringValue noError = none();
        VBox ethernet = section("Ethernet II", null,
                field("_Destination MAC", destinationField, form.destinationError()),
                field("_Source MAC", sourceField, form.sourceError()),
                row(field("_EtherType", etherTypeField, form.etherTypeError()), bottom(vlanOn)),
                shown(row(field("VLAN ID", vlanIdField, form.vlanIdError()),
                        field("Priority (PCP)", vlanPriorityField, form.vlanPriorityError())), form.vlanOnProperty()),
                new HBox(14, padOn, fcsOn),
                shown(overrideRow("FCS (wire bytes)", "rawFcs", form.fcs(), "Send these four bytes instead of the CRC-32, "
                        + "e.g. the seed's 1a 2b 3c 4d."), form.fcsOnProperty()),
                shown(fcsNote, form.fcsOnProperty()));

        VBox arp = section("ARP", FrameForm.Shape.ARP,
                field("Operation", arpOperationBox, noError),
                row(field("Sender MAC", arpSenderMacField, form.arpSenderMacError()),
                        field("Sender IP", arpSenderIpField, form.arpSenderIpError())),
                row(field("Target MAC", arpTargetMacField, form.arpTargetMacError()),
                        field("Target IP", arpTargetIpField, form.arpTargetIpError())));

        VBox ipv4 = section("IPv4", null,
                row(field("Source IP", ipSourceField, form.ipSourceError()),
                        field("Destination IP", ipDestinationField, form.ipDestinationError())),
                row(field("TTL", ttlField, form.ttlError()), field("ID", identificationField, form.identificationError()),
                        field("Protocol", protocolField, form.protocolError())),
                overrideRow("Header checksum", "rawIpChecksum", form.ipChecksum(), "Send this header checksum instead of the "
                        + "correct one, to watch the dissector (and real receivers) reject the packet."));
        ipv4.visibleProperty().bind(form.shapeProperty().isEqualTo(FrameForm.Shape.UDP)
                .or(form.shapeProperty().isEqualTo(FrameForm.Shape.ICMP)));
        ipv4.managedProperty().bind(ipv4.visibleProperty());

        VBox udp = section("UDP", FrameForm.Shape.UDP,
                row(field("Source port", udpSourcePortField, form.udpSourcePortError()),
                        field("Destination port", udpDestinationPortField, form.udpDestinationPortError())),
                overrideRow("UDP checksum", "rawUdpChecksum", form.udpChecksum(), "Send this checksum instead of the one "
                        + "computed over the pseudo-header; 0 means \"no checksum\"."));

        VBox icmp = section("ICMP echo request", FrameForm.Shape.ICMP,
                row(field("Identifier", icmpIdentifierField, form.icmpIdentifierError()),
                        field("Sequence", icmpSequenceField, form.icmpSequenceError())),
                overrideRow("ICMP checksum", "rawIcmpChecksum", form.icmpChecksum(), "Send this checksum instead of the correct one."));

        VBox payload = section("Data", null,
                field("_Format", payloadFormatBox, noError),
                field("Da_ta", payloadArea, form.payloadError()));
        payload.visibleProperty().bind(form.shapeProperty().isNotEqualTo(FrameForm.Shape.ARP));
        payload.managedProperty().bind(payload.visibleProperty());

        formBox = new VBox(10, ethernet, arp, ipv4, udp, icmp, payload);
        rawHexBox = new VBox(8, field("Whole frame in _hex", rawHexArea, model.rawHexError()), rawHexFcs, rawHexFromForm);

        VBox content = new VBox(10, templateField, modeRow, formBox, rawHexBox);
        content.setPadding(new Insets(8, 10, 10, 10));
        content.getStyleClass().add("frame-editor-content");
        setContent(content);
    }

    private double widestTemplateName() {
        Text probe = new Text();
        probe.setFont(Font.getDefault());   // the font the box shows its value in (app.css keeps the default)
        double widest = 0;
        for (FrameTemplate t : FrameTemplate.values()) {
            probe.setText(t.toString());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }

    /** A titled group of fields; hidden unless the template has {@code onlyFor} (null: always shown). */
    private VBox section(String title, FrameForm.Shape onlyFor, Node... parts) {
        Label heading = new Label(title);
        heading.getStyleClass().add("raw-section-title");
        VBox box = new VBox(6);
        box.getStyleClass().add("raw-section");
        box.getChildren().add(heading);
        box.getChildren().addAll(parts);
        if (onlyFor != null) {
            box.visibleProperty().bind(form.shapeProperty().isEqualTo(onlyFor));
            box.managedProperty().bind(box.visibleProperty());
        }
        return box;
    }

    private static <C extends javafx.scene.control.Control> ValidatedField<C> field(String caption, C control, ObservableStringValue error) {
        return new ValidatedField<>(caption, control, error);
    }

    /** Fields side by side, sharing the width equally (an error sentence wraps instead of widening its field). */
    private static HBox row(Node... parts) {
        HBox box = new HBox(8, parts);
        box.setAlignment(Pos.BOTTOM_LEFT);
        for (Node n : parts) {
            if (n instanceof ValidatedField<?> f) {
                f.setPrefWidth(40);
                f.setMinWidth(0);
                HBox.setHgrow(f, Priority.ALWAYS);
            }
        }
        return box;
    }

    /** A check box or button lined up with the fields beside it, which have a caption above. */
    private static Node bottom(Control control) {
        VBox holder = new VBox(control);
        holder.setAlignment(Pos.BOTTOM_LEFT);
        holder.setPadding(new Insets(0, 0, control instanceof CheckBox ? 5 : 0, 0));
        return holder;
    }

    private static <N extends Node> N shown(N node, ObservableBooleanValue when) {
        node.visibleProperty().bind(BooleanExpression.booleanExpression(when));
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /** "[x] override  [0x1234]": the value is typed only while overridden, else worked out ("auto"). */
    private static HBox overrideRow(String caption, String id, OverridableValue value, String tooltip) {
        CheckBox override = new CheckBox("override");
        override.setId(id + "Override");
        override.setTooltip(new Tooltip("Off: worked out when the frame is built (auto). On: send the value typed here. " + tooltip));
        override.selectedProperty().bindBidirectional(value.overrideProperty());
        TextField typed = new TextField();
        typed.setId(id);
        typed.setPrefColumnCount(8);
        typed.setPromptText("auto");
        typed.setTooltip(new Tooltip(tooltip));
        typed.textProperty().bindBidirectional(value.valueProperty());
        typed.disableProperty().bind(value.overrideProperty().not());
        HBox row = row(field(caption, typed, value.error()), bottom(override));
        return row;
    }

    private static ObservableStringValue none() {
        return new ReadOnlyStringWrapper("");
    }

    private void bindFieldsToModel() {
        templateBox.valueProperty().bindBidirectional(form.templateProperty());
        resetButton.setOnAction(e -> form.load(form.templateProperty().get()));
        bindMode();
        formBox.visibleProperty().bind(model.modeProperty().isEqualTo(EditorMode.FORM));
        formBox.managedProperty().bind(formBox.visibleProperty());
        rawHexBox.visibleProperty().bind(model.modeProperty().isEqualTo(EditorMode.RAW_HEX));
        rawHexBox.managedProperty().bind(rawHexBox.visibleProperty());

        destinationField.textProperty().bindBidirectional(form.destinationProperty());
        sourceField.textProperty().bindBidirectional(form.sourceProperty());
        etherTypeField.textProperty().bindBidirectional(form.etherTypeProperty());
        vlanOn.selectedProperty().bindBidirectional(form.vlanOnProperty());
        vlanIdField.textProperty().bindBidirectional(form.vlanIdProperty());
        vlanPriorityField.textProperty().bindBidirectional(form.vlanPriorityProperty());
        padOn.selectedProperty().bindBidirectional(form.padToMinimumProperty());
        fcsOn.selectedProperty().bindBidirectional(form.fcsOnProperty());
        arpOperationBox.valueProperty().bindBidirectional(form.arpOperationProperty());
        arpSenderMacField.textProperty().bindBidirectional(form.arpSenderMacProperty());
        arpSenderIpField.textProperty().bindBidirectional(form.arpSenderIpProperty());
        arpTargetMacField.textProperty().bindBidirectional(form.arpTargetMacProperty());
        arpTargetIpField.textProperty().bindBidirectional(form.arpTargetIpProperty());
        ipSourceField.textProperty().bindBidirectional(form.ipSourceProperty());
        ipDestinationField.textProperty().bindBidirectional(form.ipDestinationProperty());
        ttlField.textProperty().bindBidirectional(form.ttlProperty());
        identificationField.textProperty().bindBidirectional(form.identificationProperty());
        protocolField.textProperty().bindBidirectional(form.protocolProperty());
        udpSourcePortField.textProperty().bindBidirectional(form.udpSourcePortProperty());
        udpDestinationPortField.textProperty().bindBidirectional(form.udpDestinationPortProperty());
        icmpIdentifierField.textProperty().bindBidirectional(form.icmpIdentifierProperty());
        icmpSequenceField.textProperty().bindBidirectional(form.icmpSequenceProperty());
        payloadFormatBox.valueProperty().bindBidirectional(form.payloadFormatProperty());
        payloadArea.textProperty().bindBidirectional(form.payloadProperty());
        rawHexArea.textProperty().bindBidirectional(model.rawHexProperty());
        rawHexFcs.selectedProperty().bindBidirectional(model.rawHexHasFcsProperty());
        rawHexFromForm.setOnAction(e -> model.copyFormToRawHex());
        // A field reached with Tab (or focused otherwise) scrolls into view in this long form.
        focusOwner = sceneProperty().flatMap(Scene::focusOwnerProperty);
        focusOwner.addListener((o, before, now) -> {
            if (now != null && isInside(now)) {
                reveal(now);
            }
        });
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == getContent()) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls just enough to show {@code node}, a part of this editor. */
    void reveal(Node node) {
        Node content = getContent();
        layout();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport || !isInside(node)) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scrollable = contentHeight - viewport;
        double top = getVvalue() * scrollable;
        if (at.getMinY() < top) {
            top = at.getMinY() - 8;
        } else if (at.getMaxY() > top + viewport) {
            top = at.getMaxY() - viewport + 8;
        } else {
            return;
        }
        setVvalue(Math.max(0, Math.min(1, top / scrollable)));
    }

    /** Keeps the Form / Raw hex switch and the model in step; one of the two is always chosen. */
    private void bindMode() {
        ToggleGroup group = modeSwitch.getToggleGroup();
        group.selectToggle(model.modeProperty().get() == EditorMode.RAW_HEX ? hexButton : formButton);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                group.selectToggle(before);
            } else {
                model.modeProperty().set((EditorMode) now.getUserData());
            }
        });
        model.modeProperty().addListener((o, before, now) ->
                group.selectToggle(now == EditorMode.RAW_HEX ? hexButton : formButton));
    }

    private static final class FormatCell extends ListCell<PayloadFormat> {
        @Override
        protected void updateItem(PayloadFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
