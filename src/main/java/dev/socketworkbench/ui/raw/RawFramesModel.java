package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.Layer;
import dev.socketworkbench.net.frame.PcapWriter;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.payload.HexDump;
import dev.socketworkbench.net.raw.InterfaceInfo;
import dev.socketworkbench.net.raw.RawSocketException;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.tool.ToolModel;
import dev.socketworkbench.ui.common.StatusLine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The raw-frames tab without its controls: the frame editor (a form per layer, or the whole frame as
 * raw hex), the frame being looked at (the crafted one, or a captured one, read-only) with its
 * dissection and the selected tree row, Send and Capture, saving a pcap file, and the banner that
 * says in one sentence why raw frames cannot work here. Editing and dissecting need no permission;
 * only Send and Capture open raw sockets. Never touches a control; commands run on the JavaFX thread.
 */
public final class RawFramesModel implements ToolModel {
    /** Bytes per line when the form's frame is copied into the raw-hex field. */
    static final int RAW_HEX_LINE = 8;
    /** What every raw socket would fail with here, or "" when raw frames can work. */
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");

    private final StatusLine status;
    private final Executor fxThread;
    private final RawAccess access;

    private final FrameForm form = new FrameForm();
    private final ObjectProperty<EditorMode> mode = new SimpleObjectProperty<>(this, "mode", EditorMode.FORM);
    private final StringProperty rawHex = new SimpleStringProperty(this, "rawHex", "");
    private final BooleanProperty rawHexHasFcs = new SimpleBooleanProperty(this, "rawHexHasFcs", false);
    private final StringBinding rawHexError;
    private final StringBinding craftedProblem;

    private final ReadOnlyObjectWrapper<Dissection> crafted = new ReadOnlyObjectWrapper<>(this, "crafted");
    private final ReadOnlyObjectWrapper<CapturedFrame> viewedCapture = new ReadOnlyObjectWrapper<>(this, "viewedCapture");
    private final ReadOnlyObjectWrapper<Dissection> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObjectProperty<FrameSelection> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectBinding<ByteRange> highlight;

    private final ObservableList<InterfaceInfo> interfaces = FXCollections.observableArrayList();
    private final FrameSendModel send;
    private final FrameCaptureModel capture;
    private final BooleanBinding canSend;

    /**
     * @param engines the workbench's runner, which starts the sender and the capture on named threads
     * @param status  the status bar, told how a run or a save ended
     * @param log     the tab's log console, where the engines report every frame
     */
    public RawFramesModel(EngineRunner engines, StatusLine status, EventSink log) {
        this(engines, status, log, Platform::runLater, RawAccess.system());
    }

    RawFramesModel(EngineRunner engines, StatusLine status, EventSink log, Executor fxThread, RawAccess access) {
        this.status = Objects.requireNonNull(status, "status");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.access = Objects.requireNonNull(access, "access");
        send = new FrameSendModel(engines, status, log, this::engineFailed);
        capture = new FrameCaptureModel(engines, status, log, fxThread, this::engineFailed);

        rawHexError = Bindings.createStringBinding(() -> mode.get() == EditorMode.RAW_HEX
                ? FrameInput.errorOf(() -> FrameInput.rawHex(rawHex.get())) : "", rawHex, mode);
        craftedProblem = Bindings.createStringBinding(() -> mode.get() == EditorMode.RAW_HEX ? rawHexError.get()
                : form.problemProperty().get(), mode, rawHexError, form.problemProperty());
        highlight = Bindings.createObjectBinding(() -> selection.get() == null ? null : selection.get().range(), selection);
        canSend = Bindings.createBooleanBinding(() -> !send.sendingProperty().get() && craftedProblem.get().isEmpty()
                        && send.formValidProperty().get() && crafted.get() != null && crafted.get().length() >= EthernetFrame.HEADER_SIZE,
                send.sendingProperty(), craftedProblem, send.formValidProperty(), crafted);

        form.frameProperty().addListener((o, before, now) -> updateCrafted());
        rawHex.addListener((o, before, now) -> updateCrafted());
        rawHexHasFcs.addListener((o, before, now) -> updateCrafted());
        mode.addListener((o, before, now) -> {
            if (now == EditorMode.RAW_HEX && rawHex.get().isBlank()) {
                copyFormToRawHex();
            }
            updateCrafted();
        });
        updateCrafted();
    }

    // ---- the crafted frame ----

    private void updateCrafted() {
        byte[] bytes;
        boolean withFcs;
        if (mode.get() == EditorMode.RAW_HEX) {
            try {
                bytes = FrameInput.rawHex(rawHex.get());
            } catch (InvalidInputException e) {
                return;   // the field shows why; the dump keeps the last frame that could be read
            }
            withFcs = rawHexHasFcs.get();
        } else {
            EthernetFrame frame = form.frameProperty().get();
            if (frame == null) {
                return;
            }
            bytes = frame.toBytes();
            withFcs = frame.fcs().isPresent();
        }
        Dissection dissection = FrameDissector.dissect(bytes, withFcs);
        crafted.set(dissection);
        viewedCapture.set(null);   // an edit brings the crafted frame back into view
        show(dissection);
    }

    /** Puts the form's frame into the raw-hex field, 8 bytes a line (they fit the editor), to edit byte by byte. */
    public void copyFormToRawHex() {
        EthernetFrame frame = form.frameProperty().get();
        if (frame == null) {
            return;
        }
        rawHex.set(hexLines(frame.toBytes()));
        rawHexHasFcs.set(frame.fcs().isPresent());
    }

    static String hexLines(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < bytes.length; at += RAW_HEX_LINE) {
            if (at > 0) {
                out.append('\n');
            }
            out.append(HexDump.spaced(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + RAW_HEX_LINE))));
        }
        return out.toString();
    }

    // ---- what is shown, and the selection ----

    /** Shows {@code dissection}; the selection moves first, to the same row in it, so views can rebuild in one go. */
    private void show(Dissection dissection) {
        FrameSelection before = selection.get();
        selection.set(before == null ? null : before.in(dissection).orElse(null));
        shown.set(dissection);
    }

    /** Shows a captured frame's dump and dissection, read-only. */
    public void viewCapture(CapturedFrame frame) {
        if (frame == null) {
            viewCrafted();
            return;
        }
        viewedCapture.set(frame);
        show(frame.dissect());
    }

    /** Shows the crafted frame again. */
    public void viewCrafted() {
        viewedCapture.set(null);
        if (crafted.get() != null) {
            show(crafted.get());
        }
    }

    /** Selects a tree row: a layer, or a field of it (null clears the selection). */
    public void select(FrameSelection row) {
        selection.set(row);
    }

    /**
     * Selects what a click on the byte at {@code offset} means: the narrowest field covering it, as
     * {@link Dissection#fieldAt} finds it, or its layer if no field covers it.
     */
    public void selectByteAt(int offset) {
        Dissection d = shown.get();
        if (d == null) {
            return;
        }
        FrameSelection row = d.fieldAt(offset).flatMap(f -> layerOf(d, f).map(l -> FrameSelection.of(l, f)))
                .or(() -> d.layerAt(offset).map(FrameSelection::of))
                .orElse(null);
        selection.set(row);
    }

    private static Optional<Layer> layerOf(Dissection d, Field field) {
        return d.layers().stream().filter(l -> l.fields().contains(field)).findFirst();
    }

    // ---- send, capture, pcap ----

    /** Sends the crafted frame once on the Send interface. */
    public boolean sendOnce() {
        return canSend.get() && send.sendOnce(crafted.get().bytes());
    }

    /** Sends the crafted frame the chosen number of times, at the chosen rate or as fast as possible. */
    public boolean sendRepeated() {
        return canSend.get() && send.sendRepeated(crafted.get().bytes());
    }

    /**
     * Writes the crafted frame, then every captured frame, to a pcap file (Ethernet link type) on the thread
     * {@code raw-pcap-writer}; the status bar says how it went.
     *
     * @return completes with the number of frames written, or with the write failure
     */
    public CompletableFuture<Integer> savePcap(Path file) {
        Objects.requireNonNull(file, "file");
        List<byte[]> frames = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        Dissection craftedNow = crafted.get();
        if (craftedNow != null && craftedNow.length() > 0) {
            frames.add(craftedNow.bytes());
            times.add(Instant.now());
        }
        for (CapturedFrame c : capture.frames()) {
            frames.add(c.bytes());
            times.add(c.time());
        }
        int craftedCount = frames.size() - capture.frames().size();
        CompletableFuture<Integer> written = new CompletableFuture<>();
        Thread.ofPlatform().name("raw-pcap-writer").daemon().start(() -> {
            try (PcapWriter pcap = PcapWriter.open(file)) {
                for (int i = 0; i < frames.size(); i++) {
                    pcap.write(frames.get(i), times.get(i));
                }
            } catch (IOException | RuntimeException e) {
                written.completeExceptionally(e);
                return;
            }
            written.complete(frames.size());   // only once closed, so the file is whole on disk
        });
        written.whenCompleteAsync((count, failure) -> {
            if (failure == null) {
                status.info(String.format(Locale.ROOT, "Saved %d crafted and %,d captured frame%s to %s; Wireshark and tshark open it.",
                        craftedCount, count - craftedCount, count - craftedCount == 1 ? "" : "s", file));
            } else {
                String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                status.warning("Could not write the pcap file " + file + " (" + reason + "); pick a folder you can write to.");
            }
        }, fxThread);
        return written;
    }

    /**
     * Lists the interfaces and finds out whether raw sockets can be opened, on the thread
     * {@code raw-frames-check}; the banner then says why not, if they cannot. Editing needs none of it.
     */
    public CompletableFuture<Void> checkAccess() {
        CompletableFuture<RawAccess.Report> report = new CompletableFuture<>();
        Thread.ofPlatform().name("raw-frames-check").daemon().start(() -> {
            try {
                report.complete(access.check());
            } catch (RuntimeException | LinkageError e) {
                report.complete(new RawAccess.Report(List.of(), "Raw frames cannot work here because the native bridge to the C library"
                        + " (JNA) failed to load (" + e.getMessage() + "); the other tabs are not affected."));
            }
        });
        return report.thenAcceptAsync(r -> {
            interfaces.setAll(r.interfaces());
            banner.set(r.problem());
        }, fxThread);
    }

    /** A send or capture failed: if no raw frame can work here (no permission, not Linux), the banner says so. */
    private void engineFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RawSocketException e && RawAccess.blocksRawFrames(e)) {
                banner.set(e.getMessage());
                return;
            }
        }
    }

    /** "lo (index 1, loopback, MTU 65536, up)" for a listed interface, else its name. */
    public String describeInterface(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst().map(InterfaceInfo::describe).orElse(name);
    }

    /** Registers every field under a {@code raw.*} workspace key, which restores its saved value. */
    @Override
    public void remember(FieldMemory memory) {
        form.remember(memory);
        memory.remember("raw.mode", mode, EditorMode.class);
        memory.remember("raw.hex", rawHex);
        memory.remember("raw.hex.fcs", rawHexHasFcs);
        send.remember(memory);
        capture.remember(memory);
    }

    /** Stops sending and capturing; at exit. Returns at once. */
    @Override
    public void shutdown() {
        send.stop();
        capture.stop();
    }

    // ---- properties ----

    public FrameForm form() {
        return form;
    }

    public FrameSendModel send() {
        return send;
    }

    public FrameCaptureModel capture() {
        return capture;
    }

    public ObjectProperty<EditorMode> modeProperty() {
        return mode;
    }

    /** The whole frame as hex, in raw-hex mode. */
    public StringProperty rawHexProperty() {
        return rawHex;
    }

    /** Whether the raw hex ends with a 4-byte FCS for the dissector to check. */
    public BooleanProperty rawHexHasFcsProperty() {
        return rawHexHasFcs;
    }

    /** The raw-hex field's sentence, naming the position of the first wrong character; "" when fine. */
    public ObservableStringValue rawHexError() {
        return rawHexError;
    }

    /** Why the editor's frame cannot be built right now (the first wrong field), or "". */
    public ObservableStringValue craftedProblem() {
        return craftedProblem;
    }

    /** The dissection of the crafted frame: the last one the editor could build. */
    public ReadOnlyObjectProperty<Dissection> craftedProperty() {
        return crafted.getReadOnlyProperty();
    }

    /** The captured frame on view, or null while the crafted frame is shown. */
    public ReadOnlyObjectProperty<CapturedFrame> viewedCaptureProperty() {
        return viewedCapture.getReadOnlyProperty();
    }

    /** What the dump and the tree show: the crafted frame or a captured one. */
    public ReadOnlyObjectProperty<Dissection> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The selected tree row, or null. */
    public ReadOnlyObjectProperty<FrameSelection> selectionProperty() {
        return selection;
    }

    /** The bytes the dump highlights: the selected row's, or null. */
    public ObjectBinding<ByteRange> highlightProperty() {
        return highlight;
    }

    /** Why no raw frame can be sent or captured here, one sentence with its fix; "" when they can. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The interfaces found by the last {@link #checkAccess()}. */
    public ObservableList<InterfaceInfo> interfaces() {
        return interfaces;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
