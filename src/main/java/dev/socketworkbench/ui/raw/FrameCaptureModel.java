package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.raw.FrameCapture;
import dev.socketworkbench.net.raw.FrameCaptureSettings;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.log.EventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

/**
 * The Capture part of the raw-frames tab: the interface, an EtherType filter and a count, one
 * {@link FrameCapture} at a time on its own named thread, and the list of captured frames. The engine
 * reports each frame to the log; the same events are also handed to the list in batches (one JavaFX
 * hand-over per batch, never one per frame). The list keeps the latest {@value #MAX_FRAMES} frames,
 * and no more than {@link #MAX_BYTES} bytes of them.
 */
public final class FrameCaptureModel {
    /** Frames the list keeps; older ones drop off the top (the log and a pcap file keep counting). */
    public static final int MAX_FRAMES = 10_000;
    /** Bytes the list keeps at most, so 10,000 frames of 64 KiB (lo with segmentation offload) cannot fill the heap. */
    public static final long MAX_BYTES = 64L << 20;
    public static final String DEFAULT_COUNT = "100";
    /** Frames moved into the list per hand-over, so one JavaFX pulse stays short during a flood. */
    private static final int BATCH = 2_000;

    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink log;
    private final Executor fxThread;
    private final Consumer<Throwable> failures;

    private final StringProperty interfaceName = new SimpleStringProperty(this, "interfaceName", NetworkInterfaces.DEFAULT);
    private final StringProperty etherType = new SimpleStringProperty(this, "etherType", "");
    private final StringProperty count = new SimpleStringProperty(this, "count", DEFAULT_COUNT);
    private final StringBinding interfaceError;
    private final StringBinding etherTypeError;
    private final StringBinding countError;
    private final BooleanBinding formValid;
    private final ReadOnlyBooleanWrapper capturing = new ReadOnlyBooleanWrapper(this, "capturing", false);
    private final ReadOnlyBooleanWrapper listening = new ReadOnlyBooleanWrapper(this, "listening", false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ObservableList<CapturedFrame> frames = FXCollections.observableArrayList();

    private final EventQueue arrived = new EventQueue();
    private final AtomicBoolean handOverScheduled = new AtomicBoolean();
    private final EventSink logAndList;
    private long nextNumber = 1;
    private long keptBytes;
    private EngineTask<FrameCapture> task;

    FrameCaptureModel(EngineRunner engines, StatusLine status, EventSink log, Executor fxThread, Consumer<Throwable> failures) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.log = Objects.requireNonNull(log, "log");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.failures = Objects.requireNonNull(failures, "failures");
        interfaceError = Bindings.createStringBinding(
                () -> FrameInput.errorOf(() -> NetworkInterfaces.checkName("captureInterface", interfaceName.get())), interfaceName);
        etherTypeError = Bindings.createStringBinding(
                () -> FrameInput.errorOf(() -> FrameInput.etherTypeFilter("captureEtherType", etherType.get())), etherType);
        countError = Bindings.createStringBinding(() -> FrameInput.errorOf(() -> FrameInput.captureCount(count.get())), count);
        formValid = Bindings.createBooleanBinding(() -> interfaceError.get().isEmpty() && etherTypeError.get().isEmpty()
                && countError.get().isEmpty(), interfaceError, etherTypeError, countError);
        frames.addListener((ListChangeListener<CapturedFrame>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(f -> keptBytes -= f.bytes().length);
                c.getAddedSubList().forEach(f -> keptBytes += f.bytes().length);
            }
        });
        logAndList = event -> {
            log.publish(event);
            if (event.direction() == Direction.RECEIVED) {
                arrived.publish(event);
                if (handOverScheduled.compareAndSet(false, true)) {
                    fxThread.execute(this::takeArrived);
                }
            }
        };
    }

    void remember(FieldMemory memory) {
        memory.remember("raw.capture.interface", interfaceName);
        memory.remember("raw.capture.ethertype", etherType);
        memory.remember("raw.capture.count", count);
    }

    /**
     * The settings the form describes.
     *
     * @throws InvalidInputException naming the first wrong field
     */
    public FrameCaptureSettings settings() throws InvalidInputException {
        NetworkInterfaces.checkName("captureInterface", interfaceName.get());
        EtherType filter = FrameInput.etherTypeFilter("captureEtherType", etherType.get());
        return FrameCaptureSettings.on(interfaceName.get()).withEtherType(filter).withCount(FrameInput.captureCount(count.get()))
                .validate();
    }

    /** Starts capturing on the thread the engine names ({@code frame-capture-lo}); true if it started. */
    public boolean start() {
        if (capturing.get()) {
            return false;
        }
        FrameCaptureSettings settings;
        try {
            settings = settings();
        } catch (InvalidInputException e) {
            status.warning(e.getMessage());
            return false;
        }
        FrameCapture capture = new FrameCapture(settings, logAndList);
        EngineTask<FrameCapture> started = engines.start(capture, capture.threadName());
        task = started;
        capturing.set(true);
        result.set("Starting on " + settings.interfaceName() + "\u2026");
        started.whenFinished(now -> ended(started, settings, now));
        capture.ready().thenAcceptAsync(link -> {
            if (task == started) {
                listening.set(true);
                result.set("Capturing on " + link.name() + (settings.etherType() == null ? ""
                        : ", EtherType " + settings.etherType().formattedValue()) + "\u2026");
            }
        }, fxThread);
        return true;
    }

    private void ended(EngineTask<FrameCapture> finished, FrameCaptureSettings settings, Worker.State now) {
        if (finished != task) {
            return;
        }
        task = null;
        capturing.set(false);
        listening.set(false);
        switch (now) {
            case SUCCEEDED -> {
                String summary = finished.engine().summary().sentence(settings.interfaceName());
                result.set(summary);
                status.info(summary);
            }
            case FAILED -> {
                result.set(finished.failureMessage());
                status.warning(finished.failureMessage());
                failures.accept(finished.getException());
            }
            default -> {
                result.set("Capture stopped.");
                status.info("Capture stopped.");
            }
        }
    }

    /** Stops capturing and returns at once. */
    public void stop() {
        if (task != null) {
            engines.stop(task);
        }
    }

    /** Empties the list; numbering starts again at 1. */
    public void clear() {
        frames.clear();
        nextNumber = 1;
    }

    /** Moves frames that arrived into the list; on the JavaFX thread, once per batch. */
    private void takeArrived() {
        handOverScheduled.set(false);   // first, so a frame arriving during this hand-over schedules the next one
        List<NetEvent> batch = new ArrayList<>();
        arrived.drainTo(batch, BATCH);
        List<CapturedFrame> added = new ArrayList<>(batch.size());
        for (NetEvent e : batch) {
            added.add(new CapturedFrame(nextNumber++, e.timeMillis(), e.local(), e.payload(), e.message()));
        }
        frames.addAll(added);
        int drop = Math.max(0, frames.size() - MAX_FRAMES);
        long bytesAfter = keptBytes;
        for (int i = 0; i < drop; i++) {
            bytesAfter -= frames.get(i).bytes().length;
        }
        while (drop < frames.size() - 1 && bytesAfter > MAX_BYTES) {
            bytesAfter -= frames.get(drop++).bytes().length;
        }
        if (drop > 0) {
            frames.remove(0, drop);   // the oldest go; the log and a pcap of the capture keep them
        }
        if (!arrived.isEmpty() && handOverScheduled.compareAndSet(false, true)) {
            fxThread.execute(this::takeArrived);
        }
    }

    public StringProperty interfaceNameProperty() {
        return interfaceName;
    }

    /** Only frames of this EtherType; blank for every frame. */
    public StringProperty etherTypeProperty() {
        return etherType;
    }

    /** Stop after this many frames; 0 captures until stopped. */
    public StringProperty countProperty() {
        return count;
    }

    public ObservableStringValue interfaceError() {
        return interfaceError;
    }

    public ObservableStringValue etherTypeError() {
        return etherTypeError;
    }

    public ObservableStringValue countError() {
        return countError;
    }

    public BooleanBinding formValidProperty() {
        return formValid;
    }

    /** True from Start until the capture's thread has stopped. */
    public ReadOnlyBooleanProperty capturingProperty() {
        return capturing.getReadOnlyProperty();
    }

    /** True once the socket is open: frames sent from now on are seen. */
    public ReadOnlyBooleanProperty listeningProperty() {
        return listening.getReadOnlyProperty();
    }

    /** "Capturing on lo…", the last run's summary, its failure sentence, or "". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Where the capture engine reports: the log, and received frames into the list too. */
    EventSink logAndListSink() {
        return logAndList;
    }

    /** The captured frames, oldest first; on the JavaFX thread. */
    public ObservableList<CapturedFrame> frames() {
        return frames;
    }
}
