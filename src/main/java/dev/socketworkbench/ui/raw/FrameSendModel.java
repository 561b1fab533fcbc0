package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.raw.FrameSender;
import dev.socketworkbench.net.raw.FrameSenderSettings;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;

/**
 * The Send part of the raw-frames tab: the interface, how many frames and how fast, and one
 * {@link FrameSender} at a time on its own named thread. After a run it keeps the engine's summary
 * ("Sent 1,000 frames in 0.004 s (250,000/s).") for the view. Commands run on the JavaFX thread.
 */
public final class FrameSendModel {
    public static final String DEFAULT_COUNT = "10";
    public static final String DEFAULT_RATE = "1000";

    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink log;
    private final Consumer<Throwable> failures;

    private final StringProperty interfaceName = new SimpleStringProperty(this, "interfaceName", NetworkInterfaces.DEFAULT);
    private final StringProperty count = new SimpleStringProperty(this, "count", DEFAULT_COUNT);
    private final StringProperty rate = new SimpleStringProperty(this, "rate", DEFAULT_RATE);
    private final BooleanProperty asFastAsPossible = new SimpleBooleanProperty(this, "asFastAsPossible", false);
    private final StringBinding interfaceError;
    private final StringBinding countError;
    private final StringBinding rateError;
    private final StringBinding interfaceNote;
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending", false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final BooleanBinding formValid;
    private EngineTask<FrameSender> task;

    /**
     * @param failures told about a run that failed, so the tab can show a banner when raw frames cannot work at all
     */
    FrameSendModel(EngineRunner engines, StatusLine status, EventSink log, Consumer<Throwable> failures) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.log = Objects.requireNonNull(log, "log");
        this.failures = Objects.requireNonNull(failures, "failures");
        interfaceError = Bindings.createStringBinding(
                () -> FrameInput.errorOf(() -> NetworkInterfaces.checkName("sendInterface", interfaceName.get())), interfaceName);
        countError = Bindings.createStringBinding(() -> FrameInput.errorOf(() -> FrameInput.sendCount(count.get())), count);
        rateError = Bindings.createStringBinding(
                () -> asFastAsPossible.get() ? "" : FrameInput.errorOf(() -> FrameInput.rate(rate.get())), rate, asFastAsPossible);
        interfaceNote = Bindings.createStringBinding(() -> {
            String name = interfaceName.get() == null ? "" : interfaceName.get().strip();
            return name.isEmpty() || name.equals(NetworkInterfaces.DEFAULT) ? ""
                    : "Frames sent on " + name + " leave this machine for whatever is connected to it; lo keeps them inside.";
        }, interfaceName);
        formValid = Bindings.createBooleanBinding(() -> interfaceError.get().isEmpty() && countError.get().isEmpty()
                && rateError.get().isEmpty(), interfaceError, countError, rateError);
    }

    void remember(FieldMemory memory) {
        memory.remember("raw.send.interface", interfaceName);
        memory.remember("raw.send.count", count);
        memory.remember("raw.send.rate", rate);
        memory.remember("raw.send.fastest", asFastAsPossible);
    }

    /** Sends {@code frame} once on the chosen interface. */
    boolean sendOnce(byte[] frame) {
        try {
            return start(FrameSenderSettings.of(interfaceName(), frame));
        } catch (InvalidInputException e) {
            status.warning(e.getMessage());
            return false;
        }
    }

    /** Sends {@code frame} the chosen number of times, at the chosen rate or as fast as possible. */
    boolean sendRepeated(byte[] frame) {
        try {
            long rateValue = asFastAsPossible.get() ? 0 : FrameInput.rate(rate.get());
            return start(FrameSenderSettings.of(interfaceName(), frame).withCount(FrameInput.sendCount(count.get()))
                    .withRatePerSecond(rateValue));
        } catch (InvalidInputException e) {
            status.warning(e.getMessage());
            return false;
        }
    }

    private String interfaceName() throws InvalidInputException {
        NetworkInterfaces.checkName("sendInterface", interfaceName.get());
        return interfaceName.get().strip();
    }

    private boolean start(FrameSenderSettings settings) throws InvalidInputException {
        if (sending.get()) {
            return false;
        }
        settings.validate();
        FrameSender sender = new FrameSender(settings, log);
        EngineTask<FrameSender> started = engines.start(sender, sender.threadName());
        task = started;
        sending.set(true);
        result.set(settings.count() == 1 ? "Sending one frame\u2026" : String.format(Locale.ROOT,
                "Sending %,d frames\u2026", settings.count()));
        started.whenFinished(now -> ended(started, now));
        return true;
    }

    private void ended(EngineTask<FrameSender> finished, Worker.State now) {
        if (finished != task) {
            return;
        }
        task = null;
        sending.set(false);
        switch (now) {
            case SUCCEEDED -> {
                String summary = finished.engine().summary().sentence();
                result.set(summary);
                status.info(summary);
            }
            case FAILED -> {
                result.set(finished.failureMessage());
                status.warning(finished.failureMessage());
                failures.accept(finished.getException());
            }
            default -> {
                // The engine is still winding down, so its count is not final yet; it logs the summary itself.
                result.set("Stopped; the log's last line says how many frames went out.");
                status.info("Sending stopped.");
            }
        }
    }

    /** Stops sending and returns at once. */
    public void stop() {
        if (task != null) {
            engines.stop(task);
        }
    }

    public StringProperty interfaceNameProperty() {
        return interfaceName;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public BooleanProperty asFastAsPossibleProperty() {
        return asFastAsPossible;
    }

    public ObservableStringValue interfaceError() {
        return interfaceError;
    }

    public ObservableStringValue countError() {
        return countError;
    }

    public ObservableStringValue rateError() {
        return rateError;
    }

    /** A warning when the interface is not lo, else "". */
    public ObservableStringValue interfaceNote() {
        return interfaceNote;
    }

    public BooleanBinding formValidProperty() {
        return formValid;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** The last run's summary with the achieved rate, its failure sentence, or "". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
