package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.WholeNumbers;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.tcp.LineEnding;
import dev.socketworkbench.net.tcp.TcpClient;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldErrors;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Worker;

/**
 * The client half of the TCP tab: the seeds' "Sending data via TCP" and STEP 1-4 client behind a form.
 * It validates as the user types, connects one {@link TcpClient} (over TCP or a Unix-domain socket),
 * sends the payload through the codec with the chosen line ending, half-closes, and disconnects. The
 * engine reports every read into the log itself. Sends run in order on one sender thread per connection
 * ({@code tcp-client-<port>-sender}), because a send blocks while the peer does not read. It never
 * references a control. Use it on the JavaFX thread (validation alone works on any thread).
 */
public final class TcpClientModel {
    /** Where the connection is in its life. */
    public enum State {
        /** No connection: not yet connected, closed, or failed (the status text says which). */
        DISCONNECTED,
        /** Connect was pressed; the connection is not up yet. */
        CONNECTING,
        /** Connected; sending is possible until this side half-closes. */
        CONNECTED
    }

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_PORT = "5000";
    public static final String DEFAULT_UNIX_PATH = "/tmp/socket-workbench.sock";
    public static final String DEFAULT_PAYLOAD = "hello";
    public static final String NOT_CONNECTED = "Not connected.";
    /** The largest connect timeout the form accepts: ten minutes. */
    public static final int MAX_CONNECT_TIMEOUT_MILLIS = 600_000;
    static final String EMPTY_PAYLOAD = "The payload is empty and no line ending is chosen, so there is nothing to send; "
            + "type something or choose a line ending.";
    /** The engine's source name, used for the sentences this model logs itself. */
    static final String SOURCE = "tcp-client";

    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink sink;
    private final Executor fxThread;

    private final ObjectProperty<Transport> transport = new SimpleObjectProperty<>(this, "transport", Transport.TCP);
    private final StringProperty host = new SimpleStringProperty(this, "host", DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty(this, "port", DEFAULT_PORT);
    private final StringProperty unixPath = new SimpleStringProperty(this, "unixPath", DEFAULT_UNIX_PATH);
    private final StringProperty connectTimeout = new SimpleStringProperty(this, "connectTimeout",
            Integer.toString(TcpClientSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS));
    private final BooleanProperty tcpNoDelay = new SimpleBooleanProperty(this, "tcpNoDelay", false);
    private final BooleanProperty disconnectAfterBye = new SimpleBooleanProperty(this, "disconnectAfterBye", false);
    private final StringProperty payload = new SimpleStringProperty(this, "payload", DEFAULT_PAYLOAD);
    private final ObjectProperty<PayloadFormat> format = new SimpleObjectProperty<>(this, "format", PayloadFormat.TEXT);
    private final ObjectProperty<PayloadEncoding> encoding = new SimpleObjectProperty<>(this, "encoding", PayloadEncoding.UTF_8);
    private final ObjectProperty<LineEnding> lineEnding = new SimpleObjectProperty<>(this, "lineEnding", LineEnding.NONE);

    private final FieldErrors errors = new FieldErrors("host", "port", "path", "connectTimeout", "payload");
    private final ReadOnlyBooleanWrapper connectionInputValid = new ReadOnlyBooleanWrapper(this, "connectionInputValid", true);
    private final ReadOnlyBooleanWrapper payloadValid = new ReadOnlyBooleanWrapper(this, "payloadValid", true);
    private final ReadOnlyStringWrapper payloadSize = new ReadOnlyStringWrapper(this, "payloadSize", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.DISCONNECTED);
    private final ReadOnlyBooleanWrapper halfClosed = new ReadOnlyBooleanWrapper(this, "halfClosed", false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", NOT_CONNECTED);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final BooleanBinding canConnect;
    private final BooleanBinding canToggleConnection;
    private final BooleanBinding canSend;
    private final BooleanBinding canHalfClose;

    private TcpClientSettings settings;
    private byte[] payloadBytes;
    private List<InvalidInputException> connectionProblems = List.of();
    private InvalidInputException payloadProblem;
    private EngineTask<TcpClient> task;
    private ExecutorService sender;
    private boolean userDisconnected;

    /**
     * @param engines  starts the client on its own thread
     * @param status   the status bar line
     * @param sink     where the client reports (the tab's log), and where a refused action is reported
     * @param fxThread runs the "now connected" update on the JavaFX thread ({@code Platform::runLater})
     */
    public TcpClientModel(EngineRunner engines, StatusLine status, EventSink sink, Executor fxThread) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        BooleanBinding disconnected = state.isEqualTo(State.DISCONNECTED);
        canConnect = connectionInputValid.and(disconnected);
        canToggleConnection = connectionInputValid.or(disconnected.not());
        canSend = state.isEqualTo(State.CONNECTED).and(halfClosed.not()).and(payloadValid);
        canHalfClose = state.isEqualTo(State.CONNECTED).and(halfClosed.not());
        Observable[] connectionInputs = {transport, host, port, unixPath, connectTimeout, tcpNoDelay, disconnectAfterBye};
        for (Observable input : connectionInputs) {
            input.addListener(o -> validateConnection());
        }
        Observable[] payloadInputs = {payload, format, encoding, lineEnding};
        for (Observable input : payloadInputs) {
            input.addListener(o -> validatePayload());
        }
        validateConnection();
        validatePayload();
    }

    private void validateConnection() {
        List<InvalidInputException> problems = new ArrayList<>();
        Transport via = transport.get() == null ? Transport.TCP : transport.get();
        int portNumber = 0;
        Path path = null;
        if (via == Transport.TCP) {
            try {
                Hosts.checkSyntax("host", host.get());
            } catch (InvalidInputException e) {
                problems.add(e);
            }
            try {
                portNumber = Ports.parse("port", port.get(), 1);
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        } else {
            try {
                path = SocketPaths.parse("path", unixPath.get());
                TcpClientSettings.unix(path).validate();
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        int timeout = TcpClientSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS;
        try {
            timeout = WholeNumbers.parseInt("connectTimeout", "connect timeout", connectTimeout.get(), 0, MAX_CONNECT_TIMEOUT_MILLIS,
                    "type milliseconds, such as 5000, or 0 to wait as long as the system does");
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        TcpClientSettings candidate = new TcpClientSettings(via, via == Transport.TCP ? host.get().strip() : "", portNumber,
                path, timeout, tcpNoDelay.get(), disconnectAfterBye.get(), TcpClientSettings.DEFAULT_READ_BUFFER_BYTES);
        if (problems.isEmpty()) {
            try {
                candidate.validate();   // anything the fields above do not cover yet
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        connectionProblems = List.copyOf(problems);
        settings = problems.isEmpty() ? candidate : null;
        connectionInputValid.set(problems.isEmpty());
        showErrors();
    }

    private void validatePayload() {
        PayloadFormat f = format.get() == null ? PayloadFormat.TEXT : format.get();
        PayloadEncoding enc = encoding.get() == null ? PayloadEncoding.UTF_8 : encoding.get();
        LineEnding end = lineEnding.get() == null ? LineEnding.NONE : lineEnding.get();
        try {
            byte[] bytes = end.apply(PayloadCodec.encode(payload.get(), f, enc.charset()));
            if (bytes.length == 0) {
                throw new InvalidInputException("payload", EMPTY_PAYLOAD);
            }
            payloadBytes = bytes;
            payloadProblem = null;
            payloadSize.set(String.format(Locale.ROOT, "%,d byte%s", bytes.length, bytes.length == 1 ? "" : "s"));
        } catch (InvalidInputException e) {
            payloadBytes = null;
            payloadProblem = e;
            payloadSize.set("");
        }
        payloadValid.set(payloadBytes != null);
        showErrors();
    }

    private void showErrors() {
        List<InvalidInputException> all = new ArrayList<>(connectionProblems);
        if (payloadProblem != null) {
            all.add(payloadProblem);
        }
        errors.show(all);
    }

    /**
     * Connects with the current fields on a thread called {@code tcp-client-<port>} ({@code tcp-client-unix}
     * for a socket file). With a wrong field it starts nothing and logs each field's sentence instead.
     *
     * @return true if a connection attempt started
     */
    public boolean connect() {
        if (state.get() != State.DISCONNECTED) {
            return false;
        }
        validateConnection();
        if (settings == null) {
            refuse(connectionProblems.stream().map(Throwable::getMessage).toList());
            return false;
        }
        TcpClientSettings run = settings;
        String threadName = threadName(run);
        TcpClient client = new TcpClient(run, sink);
        EngineTask<TcpClient> started = engines.start(client, threadName);
        task = started;
        sender = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName + "-sender").daemon().factory());
        userDisconnected = false;
        halfClosed.set(false);
        failed.set(false);
        state.set(State.CONNECTING);
        statusText.set("Connecting to " + run.target() + "\u2026");
        started.whenFinished(now -> ended(started, now));
        client.connected().whenComplete((ignored, error) -> {
            if (error == null) {
                fxThread.execute(() -> connected(started));
            }
        });
        return true;
    }

    /** The client's thread name: {@code tcp-client-5000}, or {@code tcp-client-unix}. */
    static String threadName(TcpClientSettings settings) {
        return "tcp-client-" + (settings.transport() == Transport.UNIX ? "unix" : Integer.toString(settings.port()));
    }

    private void connected(EngineTask<TcpClient> started) {
        if (task != started || state.get() != State.CONNECTING) {
            return;   // disconnected (or failed) before this news arrived
        }
        TcpClient client = started.engine();
        String local = client.localEndpoint();
        String sentence = "Connected to " + client.remoteEndpoint() + (local.isEmpty() ? "" : " from " + local);
        state.set(State.CONNECTED);
        statusText.set(sentence);
        status.info(sentence + ".");
    }

    private void ended(EngineTask<TcpClient> ended, Worker.State how) {
        if (task != ended) {
            return;
        }
        task = null;
        sender.shutdownNow();   // sends still queued would only fail against the closed socket
        sender = null;
        boolean wasConnected = state.get() == State.CONNECTED;
        state.set(State.DISCONNECTED);
        halfClosed.set(false);
        if (how == Worker.State.FAILED) {
            String sentence = ended.failureMessage();
            failed.set(true);
            statusText.set(sentence);
            status.warning(sentence);
        } else if (userDisconnected) {
            statusText.set("Disconnected.");
            status.info(wasConnected ? "Disconnected from " + ended.engine().remoteEndpoint() + "." : "Connecting was cancelled.");
        } else {
            String sentence = "The connection to " + ended.engine().remoteEndpoint() + " is closed.";
            statusText.set(sentence);
            status.info(sentence);
        }
    }

    /** Closes the connection (or stops connecting); returns at once, the thread ends moments later. */
    public void disconnect() {
        EngineTask<TcpClient> current = task;
        if (current != null) {
            userDisconnected = true;
            current.engine().disconnect();
            engines.stop(current);
        }
    }

    /** What the Connect/Disconnect button does. */
    public void toggleConnection() {
        if (state.get() == State.DISCONNECTED) {
            connect();
        } else {
            disconnect();
        }
    }

    /**
     * Sends the payload, with the line ending after it, on the sender thread. When it cannot (not
     * connected, half-closed, a wrong payload) it sends nothing and logs why.
     *
     * @return true if the bytes were handed to the sender thread
     */
    public boolean send() {
        if (state.get() != State.CONNECTED) {
            refuse(List.of("Not connected: connect first, then send."));
            return false;
        }
        if (halfClosed.get()) {
            refuse(List.of("This side already half-closed the connection (shutdown output), so it cannot send; connect again to send more."));
            return false;
        }
        validatePayload();
        if (payloadBytes == null) {
            refuse(List.of(payloadProblem.getMessage()));
            return false;
        }
        byte[] bytes = payloadBytes;
        TcpClient client = task.engine();
        sender.execute(() -> client.send(bytes));
        return true;
    }

    /**
     * Half-closes: this side sends FIN and no more data, but keeps receiving until the peer closes. Runs
     * on the sender thread after the sends queued before it.
     *
     * @return true if the half-close was queued
     */
    public boolean halfClose() {
        if (state.get() != State.CONNECTED || halfClosed.get()) {
            refuse(List.of(state.get() != State.CONNECTED
                    ? "Not connected: there is no connection to half-close."
                    : "This side already half-closed the connection."));
            return false;
        }
        TcpClient client = task.engine();
        halfClosed.set(true);
        statusText.set(statusText.get() + " (half-closed: receiving only)");
        sender.execute(client::shutdownOutput);
        return true;
    }

    /** Logs each sentence as an error and shows the first in the status bar. */
    private void refuse(List<String> sentences) {
        sentences.forEach(sentence -> sink.publish(NetEvent.error(SOURCE, "", "", sentence, null)));
        if (!sentences.isEmpty()) {
            status.warning(sentences.get(0));
        }
    }

    /** Stops the connection at exit; returns at once. */
    public void shutdown() {
        disconnect();
    }

    /** Registers every field under {@code tcp.client.*}, which also restores the saved values. */
    public void remember(FieldMemory memory) {
        memory.remember("tcp.client.transport", transport, Transport.class);
        memory.remember("tcp.client.host", host);
        memory.remember("tcp.client.port", port);
        memory.remember("tcp.client.unixPath", unixPath);
        memory.remember("tcp.client.connectTimeout", connectTimeout);
        memory.remember("tcp.client.tcpNoDelay", tcpNoDelay);
        memory.remember("tcp.client.disconnectAfterBye", disconnectAfterBye);
        memory.remember("tcp.client.payload", payload);
        memory.remember("tcp.client.format", format, PayloadFormat.class);
        memory.remember("tcp.client.encoding", encoding, PayloadEncoding.class);
        memory.remember("tcp.client.lineEnding", lineEnding, LineEnding.class);
    }

    // ---- fields ----

    /** TCP to a host and port, or a Unix-domain socket file. */
    public ObjectProperty<Transport> transportProperty() {
        return transport;
    }

    /** The server's name or address: IPv4, IPv6 (with or without brackets) or a host name. */
    public StringProperty hostProperty() {
        return host;
    }

    /** The server's port, 1-65535. */
    public StringProperty portProperty() {
        return port;
    }

    /** The server's socket file, for the Unix transport. */
    public StringProperty unixPathProperty() {
        return unixPath;
    }

    /** Milliseconds connect may take; 0 waits as long as the operating system does. */
    public StringProperty connectTimeoutProperty() {
        return connectTimeout;
    }

    public BooleanProperty tcpNoDelayProperty() {
        return tcpNoDelay;
    }

    /** Close the connection right after sending "bye", as the seed's chat client does. */
    public BooleanProperty disconnectAfterByeProperty() {
        return disconnectAfterBye;
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

    /** What goes after the payload: nothing, \n or \r\n. */
    public ObjectProperty<LineEnding> lineEndingProperty() {
        return lineEnding;
    }

    // ---- what the view shows ----

    public ReadOnlyStringProperty hostErrorProperty() {
        return errors.of("host");
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return errors.of("port");
    }

    public ReadOnlyStringProperty unixPathErrorProperty() {
        return errors.of("path");
    }

    public ReadOnlyStringProperty connectTimeoutErrorProperty() {
        return errors.of("connectTimeout");
    }

    public ReadOnlyStringProperty payloadErrorProperty() {
        return errors.of("payload");
    }

    /** Every error sentence shown now, in field order. */
    public List<String> errorSentences() {
        return errors.sentences();
    }

    /** True when the connection fields are usable. */
    public ReadOnlyBooleanProperty connectionInputValidProperty() {
        return connectionInputValid.getReadOnlyProperty();
    }

    /** True when the payload, format, encoding and line ending give bytes to send. */
    public ReadOnlyBooleanProperty payloadValidProperty() {
        return payloadValid.getReadOnlyProperty();
    }

    /** How many bytes Send would send, line ending included ("7 bytes"), or "" while the payload is wrong. */
    public ReadOnlyStringProperty payloadSizeProperty() {
        return payloadSize.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** True after Half-close until the connection ends. */
    public ReadOnlyBooleanProperty halfClosedProperty() {
        return halfClosed.getReadOnlyProperty();
    }

    /** "Not connected.", "Connecting to …", "Connected to 127.0.0.1:5000 from 127.0.0.1:43122", or why it ended. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** True when the last connection ended in a failure, which {@link #statusTextProperty()} explains; false again on Connect. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True when Connect would start connecting. */
    public BooleanBinding canConnectBinding() {
        return canConnect;
    }

    /** True when the Connect/Disconnect button has something to do. */
    public BooleanBinding canToggleConnectionBinding() {
        return canToggleConnection;
    }

    public BooleanBinding canSendBinding() {
        return canSend;
    }

    public BooleanBinding canHalfCloseBinding() {
        return canHalfClose;
    }

    /** The settings the connection fields spell now, or null while one is wrong. */
    public TcpClientSettings settings() {
        return settings;
    }

    /** The bytes Send would send now (line ending included), or null while the payload is wrong. */
    public byte[] payloadBytes() {
        return payloadBytes == null ? null : payloadBytes.clone();
    }
}
