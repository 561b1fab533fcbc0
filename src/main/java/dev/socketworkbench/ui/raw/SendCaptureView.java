package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.raw.InterfaceInfo;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.ValidatedField;
import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The wire side of the raw-frames tab: Send (interface, count, rate, Send once / Send N / Stop and the
 * achieved rate) and Capture (interface, EtherType filter, count, Start / Stop), plus the captured
 * frames in {@link #capturedPane()}, placed beside the dissection tree, which can be saved with the crafted frame as
 * a pcap file. Selecting a captured frame shows it in the dump and tree.
 */
final class SendCaptureView extends VBox {
    private final RawFramesModel model;
    private final FrameSendModel send;
    private final FrameCaptureModel capture;

    private ComboBox<String> sendInterfaceBox;
    private Button refreshButton;
    private TextField countField;
    private TextField rateField;
    private CheckBox fastestBox;
    private Button sendOnceButton;
    private Button sendRepeatedButton;
    private Button stopSendButton;
    private Label sendResult;
    private Label sendNote;
    private ComboBox<String> captureInterfaceBox;
    private TextField etherTypeField;
    private TextField captureCountField;
    private Button startCaptureButton;
    private Button stopCaptureButton;
    private Label captureResult;
    private Label capturedTitle;
    private Button clearButton;
    private Button savePcapButton;
    private ListView<CapturedFrame> capturedList;
    private VBox capturedPane;

    SendCaptureView(RawFramesModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.send = model.send();
        this.capture = model.capture();
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        sendInterfaceBox = interfaceBox("rawSendInterface", "The interface to send on. lo (the default) keeps frames inside "
                + "this machine; any other interface puts them on its network.");
        refreshButton = Icons.iconButton(Icons.refresh(), "List the interfaces again (after plugging in or creating one)");
        refreshButton.setId("rawRefreshInterfaces");
        countField = textField("rawSendCount", 70, "How many times Send sends the frame, 1 to 100,000,000.");
        rateField = textField("rawSendRate", 80, "Frames per second for Send, 1 to 10,000,000.");
        fastestBox = new CheckBox("As fast as possible");
        fastestBox.setId("rawSendFastest");
        fastestBox.setTooltip(new Tooltip("Ignore the rate and send as fast as the interface takes the frames, in batches."));
        sendOnceButton = new Button("Send once", Icons.send());
        sendOnceButton.setId("rawSendOnce");
        sendOnceButton.getStyleClass().add("raw-primary");
        sendOnceButton.setTooltip(new Tooltip("Send the crafted frame once, like the seed's s.send(...)."));
        sendRepeatedButton = new Button("", Icons.sendRepeated());
        sendRepeatedButton.setId("rawSendRepeated");
        sendRepeatedButton.setTooltip(new Tooltip("Send the crafted frame the chosen number of times at the chosen rate; "
                + "the achieved rate is shown when it is done."));
        stopSendButton = new Button("Stop", Icons.stop());
        stopSendButton.setId("rawSendStop");
        stopSendButton.setTooltip(new Tooltip("Stop sending now."));
        sendResult = resultLabel("rawSendResult");
        sendNote = new Label();
        sendNote.setId("rawSendNote");
        sendNote.getStyleClass().add("raw-warning-note");
        sendNote.setWrapText(true);
        sendNote.setMinHeight(Region.USE_PREF_SIZE);

        captureInterfaceBox = interfaceBox("rawCaptureInterface", "The interface to listen on. On lo the capture sees "
                + "every frame this machine sends there.");
        etherTypeField = textField("rawCaptureEtherType", 80, "Only frames of this EtherType, e.g. 0x0801 or 0x88b5; "
                + "leave empty for every frame.");
        etherTypeField.setPromptText("every frame");
        captureCountField = textField("rawCaptureCount", 60, "Stop after this many frames; 0 captures until Stop.");
        startCaptureButton = new Button("Start", Icons.captureStart());
        startCaptureButton.setId("rawCaptureStart");
        startCaptureButton.setTooltip(new Tooltip("Capture frames on the interface; each one goes into the log and the list below."));
        stopCaptureButton = new Button("Stop", Icons.stop());
        stopCaptureButton.setId("rawCaptureStop");
        stopCaptureButton.setTooltip(new Tooltip("Stop capturing now."));
        captureResult = resultLabel("rawCaptureResult");

        capturedTitle = new Label();
        capturedTitle.getStyleClass().add("raw-section-title");
        capturedTitle.setMinWidth(Region.USE_PREF_SIZE);
        // The list's own small toolbar: icon-only, so the title with its count always has the room.
        clearButton = Icons.iconButton(Icons.clear(), "Empty the list of captured frames (the log keeps them)");
        clearButton.setId("rawCapturedClear");
        savePcapButton = Icons.iconButton(Icons.save(), "Save the crafted frame and every captured frame as a pcap file, "
                + "which Wireshark and tshark open");
        savePcapButton.setId("rawSavePcap");
        capturedList = new ListView<>();
        capturedList.setId("rawCapturedFrames");
        capturedList.getStyleClass().add("raw-captured");
        Label noFrames = new Label("No frames captured yet: Start a capture, then Send.");
        noFrames.setWrapText(true);   // the list may be narrow
        noFrames.setPadding(new Insets(0, 8, 0, 8));
        capturedList.setPlaceholder(noFrames);
        capturedList.setTooltip(new Tooltip("Frames the capture took; select one to see its bytes and dissection."));
        capturedList.setCellFactory(l -> new CapturedCell());
    }

    private ComboBox<String> interfaceBox(String id, String tooltip) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(tooltip));
        box.setCellFactory(l -> new InterfaceCell());
        box.setButtonCell(new InterfaceCell());
        return box;
    }

    private static TextField textField(String id, double width, String tooltip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(1);
        field.setPrefWidth(width);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    private static Label resultLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("raw-result");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void layoutParts() {
        getStyleClass().add("send-capture");
        Label sendTitle = title("Send");
        HBox sendInterface = row(field("Send on _interface", sendInterfaceBox, send.interfaceError()), bottom(refreshButton));
        HBox sendOptions = row(field("_Count", countField, send.countError()), field("_Rate (frames/s)", rateField, send.rateError()),
                bottom(fastestBox));
        HBox sendButtons = new HBox(6, sendOnceButton, sendRepeatedButton, stopSendButton);
        sendButtons.setAlignment(Pos.CENTER_LEFT);
        VBox sendBox = new VBox(6, sendTitle, sendInterface, sendOptions, sendButtons, sendResult, sendNote);
        sendBox.getStyleClass().add("raw-section");

        Label captureTitle = title("Capture");
        // The interface on a row of its own, as for Send, so its description is never cut.
        HBox captureInterface = row(field("Capture on i_nterface", captureInterfaceBox, capture.interfaceError()));
        HBox captureOptions = row(field("_EtherType filter", etherTypeField, capture.etherTypeError()),
                field("C_ount", captureCountField, capture.countError()), bottom(startCaptureButton), bottom(stopCaptureButton));
        VBox captureBox = new VBox(6, captureTitle, captureInterface, captureOptions, captureResult);
        captureBox.getStyleClass().add("raw-section");

        setSpacing(10);
        setPadding(new Insets(8, 10, 8, 10));
        setMinWidth(0);
        getChildren().setAll(sendBox, captureBox);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox listBar = new HBox(6, capturedTitle, gap, clearButton, savePcapButton);
        listBar.setAlignment(Pos.CENTER_LEFT);
        listBar.setPadding(new Insets(4, 6, 0, 6));
        VBox.setVgrow(capturedList, Priority.ALWAYS);
        capturedPane = new VBox(4, listBar, capturedList);
        capturedPane.getStyleClass().add("raw-captured-pane");
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("raw-section-title");
        return label;
    }

    private static <C extends Control> ValidatedField<C> field(String caption, C control, ObservableStringValue error) {
        return new ValidatedField<>(caption, control, error);
    }

    /** Fields side by side: an interface box takes the room left, other fields keep their caption's width. */
    private static HBox row(Node... parts) {
        HBox box = new HBox(8, parts);
        box.setAlignment(Pos.BOTTOM_LEFT);
        for (Node n : parts) {
            if (n instanceof ValidatedField<?> f && f.control() instanceof ComboBox<?>) {
                f.setPrefWidth(60);
                f.setMinWidth(0);
                HBox.setHgrow(f, Priority.ALWAYS);
            } else if (n instanceof ValidatedField<?> f) {
                f.setMinWidth(Region.USE_PREF_SIZE);
                f.setMaxWidth(Region.USE_PREF_SIZE);
            }
        }
        return box;
    }

    private static Node bottom(Node node) {
        VBox holder = new VBox(node);
        holder.setAlignment(Pos.BOTTOM_LEFT);
        holder.setPadding(new Insets(0, 0, node instanceof CheckBox ? 5 : 0, 0));
        return holder;
    }

    private void bindFieldsToModel() {
        model.interfaces().addListener((ListChangeListener<InterfaceInfo>) c -> listInterfaces());
        listInterfaces();
        bindInterface(sendInterfaceBox, send.interfaceNameProperty());
        bindInterface(captureInterfaceBox, capture.interfaceNameProperty());
        refreshButton.setOnAction(e -> model.checkAccess());

        countField.textProperty().bindBidirectional(send.countProperty());
        rateField.textProperty().bindBidirectional(send.rateProperty());
        rateField.disableProperty().bind(send.asFastAsPossibleProperty());
        fastestBox.selectedProperty().bindBidirectional(send.asFastAsPossibleProperty());
        sendRepeatedButton.textProperty().bind(Bindings.createStringBinding(
                () -> "Send \u00d7" + send.countProperty().get().strip(), send.countProperty()));
        sendOnceButton.disableProperty().bind(model.canSendProperty().not());
        sendRepeatedButton.disableProperty().bind(model.canSendProperty().not());
        stopSendButton.disableProperty().bind(send.sendingProperty().not());
        sendOnceButton.setOnAction(e -> model.sendOnce());
        sendRepeatedButton.setOnAction(e -> model.sendRepeated());
        stopSendButton.setOnAction(e -> send.stop());
        sendResult.textProperty().bind(send.resultProperty());
        showOnlyWithText(sendResult);
        sendNote.textProperty().bind(send.interfaceNote());
        showOnlyWithText(sendNote);

        etherTypeField.textProperty().bindBidirectional(capture.etherTypeProperty());
        captureCountField.textProperty().bindBidirectional(capture.countProperty());
        startCaptureButton.disableProperty().bind(capture.capturingProperty().or(capture.formValidProperty().not()));
        stopCaptureButton.disableProperty().bind(capture.capturingProperty().not());
        startCaptureButton.setOnAction(e -> capture.start());
        stopCaptureButton.setOnAction(e -> capture.stop());
        captureResult.textProperty().bind(capture.resultProperty());
        showOnlyWithText(captureResult);

        capturedList.setItems(capture.frames());
        capturedTitle.textProperty().bind(Bindings.size(capture.frames()).asString("Captured frames (%,d)"));
        clearButton.disableProperty().bind(Bindings.isEmpty(capture.frames()));
        clearButton.setOnAction(e -> capture.clear());
        capturedList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.viewCapture(now);
            }
        });
        model.viewedCaptureProperty().addListener((o, before, now) -> {
            if (now == null) {
                capturedList.getSelectionModel().clearSelection();
            }
        });
        capture.frames().addListener((ListChangeListener<CapturedFrame>) c -> {
            if (capture.capturingProperty().get() && !capture.frames().isEmpty()
                    && capturedList.getSelectionModel().isEmpty()) {
                capturedList.scrollTo(capture.frames().size() - 1);   // follow new frames until one is picked
            }
        });
        savePcapButton.setOnAction(e -> choosePcapFile());
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** The interface names the kernel listed, or just lo while they are not known. */
    private void listInterfaces() {
        List<String> names = model.interfaces().stream().map(InterfaceInfo::name).toList();
        List<String> shown = names.isEmpty() ? List.of(NetworkInterfaces.DEFAULT) : names;
        for (ComboBox<String> box : List.of(sendInterfaceBox, captureInterfaceBox)) {
            String chosen = box.getValue();
            box.getItems().setAll(shown);
            box.setValue(chosen);   // keep the choice, even one that is not listed (any more)
            box.setButtonCell(new InterfaceCell());   // re-describe it with the new details
        }
    }

    /** Keeps the box and the model's interface name in step (a box never clears the model's name). */
    private static void bindInterface(ComboBox<String> box, StringProperty name) {
        box.setValue(name.get());
        box.valueProperty().addListener((o, before, now) -> {
            if (now != null && !now.equals(name.get())) {
                name.set(now);
            }
        });
        name.addListener((o, before, now) -> box.setValue(now));
    }

    private void choosePcapFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save frames as pcap");
        chooser.setInitialFileName("frames.pcap");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("pcap files (*.pcap)", "*.pcap"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.savePcap(file.toPath());
        }
    }

    ListView<CapturedFrame> capturedList() {
        return capturedList;
    }

    /** The captured frames with Clear and Save pcap, for the tab to place beside the dissection tree. */
    VBox capturedPane() {
        return capturedPane;
    }

    private final class InterfaceCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty || name == null ? null : model.describeInterface(name));
        }
    }

    private static final class CapturedCell extends ListCell<CapturedFrame> {
        @Override
        protected void updateItem(CapturedFrame frame, boolean empty) {
            super.updateItem(frame, empty);
            setText(empty || frame == null ? null : frame.listText());
        }
    }
}
