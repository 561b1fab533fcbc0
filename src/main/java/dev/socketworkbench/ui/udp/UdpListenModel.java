package dev.socketworkbench.ui.udp;

import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.WholeNumbers;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.udp.ReplyMode;
import dev.socketworkbench.net.udp.UdpListener;
import dev.socketworkbench.net.udp.UdpListenerSettings;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldErrors;
import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

/**
 * The Listen half of the UDP tab: the seed's {@code sock.bind(('localhost', 6667))} + {@code recvfrom(8192)}
 * loop, with the socketserver seed's "Got your message!" reply, UDP_Server.py's echo and an optional
 * multicast group. It validates as the user types, warns when the socket would be reachable from other
 * machines, and starts and stops one {@link UdpListener}. It never references a control.
 * Use it on the JavaFX thread (validation alone works on any thread).
 */
public final class UdpListenModel {
    public static final String DEFAULT_PORT = "6667";
    /** The bind addresses offered in the list: loopback only first, then every interface. */
    public static final List<String> SUGGESTED_BIND_ADDRESSES = List.of("127.0.0.1", "::1", "0.0.0.0", "::");
    public static final String EXPOSED_WARNING = "Reachable from the network: other machines can send to this port.";
    public static final String NOT_LISTENING = "Not listening.";
    /** How the fixed reply's text is read: escapes allowed (\n, \xHH), UTF-8. */
    static final PayloadFormat FIXED_REPLY_FORMAT = PayloadFormat.ESCAPED;
    static final PayloadEncoding FIXED_REPLY_ENCODING = PayloadEncoding.UTF_8;

    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink sink;
    private final Executor fxThread;

    private final StringProperty bindAddress = new SimpleStringProperty(this, "bindAddress", UdpListenerSettings.DEFAULT_BIND_ADDRESS);
    private final StringProperty port = new SimpleStringProperty(this, "port", DEFAULT_PORT);
    private final StringProperty buffer = new SimpleStringProperty(this, "buffer", Integer.toString(UdpListenerSettings.DEFAULT_BUFFER_BYTES));
    private final ObjectProperty<ReplyMode> replyMode = new SimpleObjectProperty<>(this, "replyMode", ReplyMode.NONE);
    private final StringProperty fixedReply = new SimpleStringProperty(this, "fixedReply", UdpListenerSettings.SEED_REPLY);
    private final StringProperty group = new SimpleStringProperty(this, "group", "");
    private final StringProperty networkInterface = new SimpleStringProperty(this, "networkInterface", "");
    private final ObservableList<String> interfaceChoices = FXCollections.observableArrayList();

    private final FieldErrors errors = new FieldErrors("bindAddress", "port", "buffer", "fixedReply", "group", "interface")
            .alias("maxDatagrams", "port");
    private final ReadOnlyBooleanWrapper inputValid = new ReadOnlyBooleanWrapper(this, "inputValid", true);
    private final ReadOnlyBooleanWrapper exposed = new ReadOnlyBooleanWrapper(this, "exposed", false);
    private final ListenerLifecycle lifecycle = new ListenerLifecycle(this, NOT_LISTENING);
    private final BooleanBinding canStart;

    private UdpListenerSettings settings;
    private InvalidInputException startFailure;
    private EngineTask<UdpListener> task;
    private UdpListenerSettings running;

    /**
     * @param engines  starts the listener on its own thread
     * @param status   the status bar line
     * @param sink     where the listener reports (the tab's log), and where a refused Start is reported
     * @param fxThread runs the "now listening" update on the JavaFX thread ({@code Platform::runLater})
     */
    public UdpListenModel(EngineRunner engines, StatusLine status, EventSink sink, Executor fxThread) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        canStart = inputValid.and(lifecycle.activeProperty().not());
        interfaceChoices.add("");   // "" joins on the loopback interface
        interfaceChoices.addAll(NetworkInterfaceNames.list());
        Observable[] inputs = {bindAddress, port, buffer, replyMode, fixedReply, group, networkInterface};
        for (Observable input : inputs) {
            input.addListener(o -> {
                startFailure = null;   // the user is fixing it: judge the new input on its own
                validate();
            });
        }
        validate();
    }

    private void validate() {
        List<InvalidInputException> problems = new ArrayList<>();
        int portNumber = 0;
        try {
            portNumber = Ports.parse("port", port.get(), 0);
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        int bufferBytes = UdpListenerSettings.DEFAULT_BUFFER_BYTES;
        try {
            bufferBytes = WholeNumbers.parseInt("buffer", "receive buffer", buffer.get(), Integer.MIN_VALUE, Integer.MAX_VALUE,
                    "type a size in bytes from 1 to 65535, such as 8192");
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        byte[] reply = null;
        if (replyMode.get() == ReplyMode.FIXED) {
            try {
                reply = PayloadCodec.encode(fixedReply.get(), FIXED_REPLY_FORMAT, FIXED_REPLY_ENCODING.charset());
            } catch (InvalidInputException e) {
                problems.add(new InvalidInputException("fixedReply", "The fixed reply has a problem: " + e.getMessage()));
                reply = new byte[1];
            }
        }
        UdpListenerSettings candidate = new UdpListenerSettings(bindAddress.get(), portNumber, bufferBytes, replyMode.get(),
                reply, group.get(), networkInterface.get(), 0);
        problems.addAll(candidate.problems());
        inputValid.set(problems.isEmpty());
        settings = problems.isEmpty() ? candidate : null;
        if (startFailure != null) {
            problems.add(startFailure);   // after the input problems, which explain more
        }
        errors.show(problems);
        exposed.set(candidate.exposesToNetwork());
    }

    /**
     * Starts listening with the current fields on a thread called {@code udp-listener-<port>}. With a
     * wrong field it starts nothing and reports each field's sentence as an error in the log instead.
     *
     * @return true if a listener started
     */
    public boolean start() {
        if (lifecycle.isActive()) {
            return false;
        }
        startFailure = null;
        validate();
        if (settings == null) {
            List<String> sentences = errors.sentences();
            sentences.forEach(sentence -> sink.publish(NetEvent.error(UdpListener.SOURCE, "", "", sentence, null)));
            status.warning("Not listening: " + sentences.get(0));
            return false;
        }
        UdpListenerSettings run = settings;
        UdpListener listener = new UdpListener(run, sink);
        EngineTask<UdpListener> started = engines.start(listener, listener.threadName());
        task = started;
        running = run;
        lifecycle.starting();
        started.whenFinished(now -> ended(started, now));
        listener.bound().whenComplete((address, error) -> {
            if (address != null) {
                fxThread.execute(() -> listening(started, address));
            }
        });
        return true;
    }

    private void listening(EngineTask<UdpListener> started, InetSocketAddress address) {
        String where = Endpoints.format(address);
        if (task != started || !lifecycle.listening(where, "Listening on " + where)) {
            return;   // stopped (or failed) before this news arrived
        }
        status.info("Listening on " + where + " (UDP)" + (exposed.get() ? ", reachable from the network." : "."));
    }

    private void ended(EngineTask<UdpListener> ended, Worker.State how) {
        if (task != ended) {
            return;
        }
        task = null;
        if (how == Worker.State.FAILED) {
            String sentence = ended.failureMessage();
            String field = ListenFailures.fieldOf(ended.getException(), running);
            lifecycle.failed(field.isEmpty() ? sentence : "Not listening: see the message above.");
            status.warning(sentence);
            if (!field.isEmpty()) {
                startFailure = new InvalidInputException(field, sentence);
                validate();
            }
        } else {
            String where = lifecycle.stopped();
            if (!where.isEmpty()) {
                status.info("Stopped listening on " + where + ".");
            }
        }
    }

    /** Stops the listener; returns at once (the socket is closed, the thread ends moments later). */
    public void stop() {
        EngineTask<UdpListener> current = task;
        if (current != null) {
            engines.stop(current);
        }
    }

    /** What the Start/Stop button does. */
    public void toggle() {
        if (lifecycle.isActive()) {
            stop();
        } else {
            start();
        }
    }

    /** Registers every field under {@code udp.listen.*}, which also restores the saved values. */
    public void remember(FieldMemory memory) {
        memory.remember("udp.listen.bindAddress", bindAddress);
        memory.remember("udp.listen.port", port);
        memory.remember("udp.listen.buffer", buffer);
        memory.remember("udp.listen.replyMode", replyMode, ReplyMode.class);
        memory.remember("udp.listen.fixedReply", fixedReply);
        memory.remember("udp.listen.group", group);
        memory.remember("udp.listen.interface", networkInterface);
    }

    // ---- properties ----

    /** The local address to bind: 127.0.0.1, ::1, 0.0.0.0, :: or any address of this machine. */
    public StringProperty bindAddressProperty() {
        return bindAddress;
    }

    /** The local port; 0 lets the system pick a free one. */
    public StringProperty portProperty() {
        return port;
    }

    /** How many bytes of each datagram are kept (the seed's recvfrom size). */
    public StringProperty bufferProperty() {
        return buffer;
    }

    public ObjectProperty<ReplyMode> replyModeProperty() {
        return replyMode;
    }

    /** The reply for {@link ReplyMode#FIXED}, as text with escapes, sent in UTF-8. */
    public StringProperty fixedReplyProperty() {
        return fixedReply;
    }

    /** A multicast group to join, or "" for none. */
    public StringProperty groupProperty() {
        return group;
    }

    /** The interface to join the group on; "" joins on the loopback interface. */
    public StringProperty networkInterfaceProperty() {
        return networkInterface;
    }

    /** "" (the loopback default) followed by this machine's interface names, loopback first. */
    public ObservableList<String> interfaceChoices() {
        return interfaceChoices;
    }

    public ReadOnlyStringProperty bindAddressErrorProperty() {
        return errors.of("bindAddress");
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return errors.of("port");
    }

    public ReadOnlyStringProperty bufferErrorProperty() {
        return errors.of("buffer");
    }

    public ReadOnlyStringProperty fixedReplyErrorProperty() {
        return errors.of("fixedReply");
    }

    public ReadOnlyStringProperty groupErrorProperty() {
        return errors.of("group");
    }

    public ReadOnlyStringProperty interfaceErrorProperty() {
        return errors.of("interface");
    }

    /** Every error sentence shown now (input problems and a failed start), in field order. */
    public List<String> errorSentences() {
        return errors.sentences();
    }

    /** True when every field is usable (a failed start shown at a field does not count: try again). */
    public ReadOnlyBooleanProperty inputValidProperty() {
        return inputValid.getReadOnlyProperty();
    }

    /** True when the settings would let other machines send to the listener; the view shows {@link #EXPOSED_WARNING}. */
    public ReadOnlyBooleanProperty exposedProperty() {
        return exposed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ListenerLifecycle.State> stateProperty() {
        return lifecycle.stateProperty();
    }

    /** True from Start until the listener has stopped or failed. */
    public ReadOnlyBooleanProperty activeProperty() {
        return lifecycle.activeProperty();
    }

    public boolean isActive() {
        return lifecycle.isActive();
    }

    /** "Not listening.", "Starting…", "Listening on 127.0.0.1:6667", or why it failed. */
    public ReadOnlyStringProperty statusTextProperty() {
        return lifecycle.statusTextProperty();
    }

    /** The address the socket is really bound to while listening (e.g. {@code 127.0.0.1:6667}), else "". */
    public ReadOnlyStringProperty boundAddressProperty() {
        return lifecycle.boundAddressProperty();
    }

    /** True when Start would start a listener. */
    public BooleanBinding canStartBinding() {
        return canStart;
    }

    public boolean canStart() {
        return canStart.get();
    }

    /** The settings the fields spell now, or null while a field is wrong. */
    public UdpListenerSettings settings() {
        return settings;
    }
}
