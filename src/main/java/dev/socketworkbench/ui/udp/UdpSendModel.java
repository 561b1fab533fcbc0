package dev.socketworkbench.ui.udp;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.WholeNumbers;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.udp.SendSummary;
import dev.socketworkbench.net.udp.UdpSender;
import dev.socketworkbench.net.udp.UdpSenderSettings;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldErrors;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Send half of the UDP tab: what the user typed, its validation as they type, and the Send / Stop
 * commands. It is the seed's {@code s.sendto(msg, ('localhost', 6667))} with a repeat count, an interval,
 * SO_BROADCAST, a source port and Client1.py's wait for a reply. It never references a control; every
 * text field is a string property, so wrong input such as "abc" can be held and explained.
 * Use it on the JavaFX thread (validation alone works on any thread).
 */
public final class UdpSendModel {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_PORT = "6667";
    /** The seed's message ("Sending data via UDP"). */
    public static final String DEFAULT_PAYLOAD = "Hello you there!";
    public static final String DEFAULT_COUNT = "1";
    public static final String DEFAULT_INTERVAL = "1000";
    public static final String DEFAULT_REPLY_TIMEOUT = "1000";
    static final long MAX_COUNT = 1_000_000_000L;
    static final long MAX_INTERVAL_MILLIS = 3_600_000L;
    static final long MAX_REPLY_TIMEOUT_MILLIS = 600_000L;

    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink sink;
    private final Executor fxThread;

    private final StringProperty host = new SimpleStringProperty(this, "host", DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty(this, "port", DEFAULT_PORT);
    private final StringProperty payload = new SimpleStringProperty(this, "payload", DEFAULT_PAYLOAD);
    private final ObjectProperty<PayloadFormat> format = new SimpleObjectProperty<>(this, "format", PayloadFormat.TEXT);
    private final ObjectProperty<PayloadEncoding> encoding = new SimpleObjectProperty<>(this, "encoding", PayloadEncoding.UTF_8);
    private final StringProperty count = new SimpleStringProperty(this, "count", DEFAULT_COUNT);
    private final StringProperty interval = new SimpleStringProperty(this, "interval", DEFAULT_INTERVAL);
    private final BooleanProperty asFastAsPossible = new SimpleBooleanProperty(this, "asFastAsPossible", false);
    private final BooleanProperty broadcast = new SimpleBooleanProperty(this, "broadcast", false);
    private final StringProperty sourcePort = new SimpleStringProperty(this, "sourcePort", "");
    private final BooleanProperty waitForReply = new SimpleBooleanProperty(this, "waitForReply", false);
    private final StringProperty replyTimeout = new SimpleStringProperty(this, "replyTimeout", DEFAULT_REPLY_TIMEOUT);

    private final FieldErrors errors = new FieldErrors("host", "port", "payload", "count", "interval", "sourcePort", "replyTimeout")
            .alias("replyBuffer", "replyTimeout");
    private final ReadOnlyIntegerWrapper payloadBytes = new ReadOnlyIntegerWrapper(this, "payloadBytes", -1);
    private final ReadOnlyStringWrapper payloadSize = new ReadOnlyStringWrapper(this, "payloadSize", "");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending", false);
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(this, "stoppable", false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final BooleanBinding canSend;

    /** The settings the fields spell now, or null while any field is wrong. */
    private UdpSenderSettings settings;
    private EngineTask<ReportingSender> task;

    /**
     * @param engines  starts the sender on its own thread
     * @param status   the status bar line, told how each run went
     * @param sink     where the sender reports (the tab's log), and where a refused Send is reported
     * @param fxThread runs the end-of-run report on the JavaFX thread ({@code Platform::runLater})
     */
    public UdpSendModel(EngineRunner engines, StatusLine status, EventSink sink, Executor fxThread) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        canSend = errors.anyProperty().not().and(sending.not());
        Observable[] inputs = {host, port, payload, format, encoding, count, interval, asFastAsPossible, broadcast,
                sourcePort, waitForReply, replyTimeout};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        validate();
    }

    /** Checks every field, shows each problem at its field and keeps the settings when all are fine. */
    private void validate() {
        List<InvalidInputException> problems = new ArrayList<>();
        int portNumber = parse(problems, 1, () -> Ports.parse("port", port.get()));
        byte[] bytes = encodePayload(problems);
        long countValue = parse(problems, 1L, () -> WholeNumbers.parse("count", "count", count.get(), 1, MAX_COUNT,
                "type how many datagrams to send, such as 1 or 100"));
        long intervalValue = asFastAsPossible.get() ? 0 : parse(problems, 0L, () -> WholeNumbers.parse("interval", "interval",
                interval.get(), 0, MAX_INTERVAL_MILLIS, "type a pause in milliseconds such as 1000, or tick As fast as possible"));
        String sourceText = sourcePort.get() == null ? "" : sourcePort.get().strip();
        int sourcePortNumber = sourceText.isEmpty() ? 0 : parse(problems, 0, () -> Ports.parse("sourcePort", sourceText, 0));
        int timeout = !waitForReply.get() ? 0 : parse(problems, 1L, () -> WholeNumbers.parse("replyTimeout", "reply timeout",
                replyTimeout.get(), 1, MAX_REPLY_TIMEOUT_MILLIS, "type how long to wait for each reply in milliseconds, such as 1000")).intValue();

        // Fields that failed to parse take a harmless stand-in, so the record can still check the others.
        UdpSenderSettings candidate = new UdpSenderSettings(host.get(), portNumber, bytes == null ? new byte[1] : bytes,
                countValue, intervalValue, broadcast.get(), sourcePortNumber, timeout, UdpSenderSettings.DEFAULT_REPLY_BUFFER_BYTES);
        problems.addAll(candidate.problems());   // after the parse problems: each field shows its first sentence
        errors.show(problems);
        settings = errors.any() ? null : candidate;
        payloadBytes.set(bytes == null ? -1 : bytes.length);
        payloadSize.set(bytes == null ? "" : describeSize(bytes.length));
    }

    private byte[] encodePayload(List<InvalidInputException> problems) {
        try {
            return PayloadCodec.encode(payload.get(), format.get(), encoding.get().charset());
        } catch (InvalidInputException e) {
            problems.add(e);
            return null;
        }
    }

    /** One field's value, or {@code standIn} after recording why it is wrong. */
    private static <T> T parse(List<InvalidInputException> problems, T standIn, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (InvalidInputException e) {
            problems.add(e);
            return standIn;
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse() throws InvalidInputException;
    }

    /** "1 byte", "16 bytes", "65,507 bytes". */
    static String describeSize(int bytes) {
        return String.format(Locale.ROOT, "%,d byte%s", bytes, bytes == 1 ? "" : "s");
    }

    /**
     * Starts sending with the current fields on a thread called {@code udp-sender-<port>}. With a wrong
     * field it sends nothing and reports each field's sentence as an error in the log instead.
     *
     * @return true if a run started
     */
    public boolean send() {
        if (sending.get()) {
            return false;
        }
        validate();
        if (settings == null) {
            String target = strip(host.get()) + ":" + strip(port.get());   // as typed: the remote column of the error rows
            List<String> sentences = errors.sentences();
            sentences.forEach(sentence -> sink.publish(NetEvent.error(UdpSender.SOURCE, "", target, sentence, null)));
            status.warning("Nothing was sent: " + sentences.get(0));
            return false;
        }
        UdpSenderSettings run = settings;
        ReportingSender sender = new ReportingSender(new UdpSender(run, sink), run,
                ended -> fxThread.execute(() -> finished(ended)));
        EngineTask<ReportingSender> started = engines.start(sender, sender.threadName());
        task = started;
        sending.set(true);
        stoppable.set(run.count() > 1 || run.waitsForReply());
        result.set(run.count() == 1 ? "Sending\u2026" : String.format(Locale.ROOT, "Sending %,d datagrams\u2026", run.count()));
        started.whenFinished(now -> {
            if (task == started) {
                sending.set(false);
                stoppable.set(false);
            }
        });
        return true;
    }

    /** The end-of-run report, on the JavaFX thread; a stopped run reports how far it got. */
    private void finished(ReportingSender ended) {
        if (task == null || task.engine() != ended) {
            return; // a newer run has started since; its own report follows
        }
        SendSummary summary = ended.summary();
        String failure = ended.failure();
        if (summary.sent() > 0) {
            String sentence = summary.sentence(ended.settings().waitsForReply());
            result.set(failure.isEmpty() ? sentence : failure + " " + sentence);
            if (failure.isEmpty()) {
                status.info(sentence);
            } else {
                status.warning(failure);
            }
        } else if (!failure.isEmpty()) {
            result.set(failure);
            status.warning(failure);
        } else {
            result.set("Stopped before anything was sent.");
        }
    }

    /** Stops a running send at once; the log and the result line say how many datagrams went out. */
    public void stop() {
        EngineTask<ReportingSender> running = task;
        if (running != null && sending.get()) {
            engines.stop(running);
        }
    }

    /** What the Send button does: Stop while a long run goes on, otherwise Send. */
    public void sendOrStop() {
        if (stoppable.get()) {
            stop();
        } else {
            send();
        }
    }

    /** Registers every field under {@code udp.send.*}, which also restores the saved values. */
    public void remember(FieldMemory memory) {
        memory.remember("udp.send.host", host);
        memory.remember("udp.send.port", port);
        memory.remember("udp.send.payload", payload);
        memory.remember("udp.send.format", format, PayloadFormat.class);
        memory.remember("udp.send.encoding", encoding, PayloadEncoding.class);
        memory.remember("udp.send.count", count);
        memory.remember("udp.send.interval", interval);
        memory.remember("udp.send.asFastAsPossible", asFastAsPossible);
        memory.remember("udp.send.broadcast", broadcast);
        memory.remember("udp.send.sourcePort", sourcePort);
        memory.remember("udp.send.waitForReply", waitForReply);
        memory.remember("udp.send.replyTimeout", replyTimeout);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * Runs one {@link UdpSender} and hands itself on when {@code run()} returns, stopped or not, so the
     * model can read the final summary (a stopped task is cancelled before its thread has finished).
     */
    static final class ReportingSender implements Engine {
        private final UdpSender sender;
        private final UdpSenderSettings settings;
        private final Consumer<ReportingSender> onEnd;
        private volatile String failure = "";

        ReportingSender(UdpSender sender, UdpSenderSettings settings, Consumer<ReportingSender> onEnd) {
            this.sender = sender;
            this.settings = settings;
            this.onEnd = onEnd;
        }

        @Override
        public void run() throws EngineException {
            try {
                sender.run();
            } catch (EngineException e) {
                failure = e.getMessage();
                throw e;
            } finally {
                onEnd.accept(this);
            }
        }

        SendSummary summary() {
            return sender.summary();
        }

        /** The sentence the run failed with (already in the log), or "". */
        String failure() {
            return failure;
        }

        UdpSenderSettings settings() {
            return settings;
        }

        String threadName() {
            return sender.threadName();
        }

        @Override
        public void close() {
            sender.close();
        }
    }

    // ---- properties ----

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public ObjectProperty<PayloadFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<PayloadEncoding> encodingProperty() {
        return encoding;
    }

    public StringProperty countProperty() {
        return count;
    }

    /** The pause between datagrams in milliseconds; ignored while {@link #asFastAsPossibleProperty()} is on. */
    public StringProperty intervalProperty() {
        return interval;
    }

    public BooleanProperty asFastAsPossibleProperty() {
        return asFastAsPossible;
    }

    public BooleanProperty broadcastProperty() {
        return broadcast;
    }

    /** The local port to send from; "" lets the system choose. */
    public StringProperty sourcePortProperty() {
        return sourcePort;
    }

    public BooleanProperty waitForReplyProperty() {
        return waitForReply;
    }

    /** How long to wait for each reply in milliseconds; used only while {@link #waitForReplyProperty()} is on. */
    public StringProperty replyTimeoutProperty() {
        return replyTimeout;
    }

    public ReadOnlyStringProperty hostErrorProperty() {
        return errors.of("host");
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return errors.of("port");
    }

    public ReadOnlyStringProperty payloadErrorProperty() {
        return errors.of("payload");
    }

    public ReadOnlyStringProperty countErrorProperty() {
        return errors.of("count");
    }

    public ReadOnlyStringProperty intervalErrorProperty() {
        return errors.of("interval");
    }

    public ReadOnlyStringProperty sourcePortErrorProperty() {
        return errors.of("sourcePort");
    }

    public ReadOnlyStringProperty replyTimeoutErrorProperty() {
        return errors.of("replyTimeout");
    }

    /** True while any field is wrong. */
    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return errors.anyProperty();
    }

    /** Every error sentence shown now, in field order. */
    public List<String> errorSentences() {
        return errors.sentences();
    }

    /** The encoded payload's length, or -1 while the payload cannot be encoded. */
    public ReadOnlyIntegerProperty payloadBytesProperty() {
        return payloadBytes.getReadOnlyProperty();
    }

    /** "16 bytes", live as the user types; "" while the payload cannot be encoded. */
    public ReadOnlyStringProperty payloadSizeProperty() {
        return payloadSize.getReadOnlyProperty();
    }

    /** True while a run is going on. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** True while a run that takes a while (several datagrams, or waiting for replies) can be stopped. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    /** True when Send would start a run: every field is fine and nothing is being sent. */
    public BooleanBinding canSendBinding() {
        return canSend;
    }

    public boolean canSend() {
        return canSend.get();
    }

    /** What the last run did ("Sent 1 datagram in 0.001 s (950/s)."), or "Sending…" while it runs. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The settings the fields spell now, or null while a field is wrong. */
    public UdpSenderSettings settings() {
        return settings;
    }
}
