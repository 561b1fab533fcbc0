package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.WholeNumbers;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.tcp.SimpleTcpServer;
import dev.socketworkbench.net.tcp.SimpleTcpServerSettings;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.net.udp.AddressLiterals;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldErrors;
import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Worker;

/**
 * The simple-server half of the TCP tab: the seeds' STEP 1-6 server, kept deliberately sequential as the
 * contrast to the threaded server. It validates as the user types, notes when the bind address lets
 * other machines connect, and starts and stops one {@link SimpleTcpServer}. It never references a
 * control. Use it on the JavaFX thread (validation alone works on any thread).
 */
public final class TcpServerModel {
    public static final String DEFAULT_PORT = "5000";
    /** The greeting as the form shows it: the seed's text, with its CR LF written as escapes. */
    public static final String DEFAULT_GREETING = "Thank you for connecting\\r\\n";
    public static final String DEFAULT_UNIX_PATH = TcpClientModel.DEFAULT_UNIX_PATH;
    /** The bind addresses offered in the list: loopback only first, then every interface. */
    public static final List<String> SUGGESTED_BIND_ADDRESSES = List.of("127.0.0.1", "::1", "0.0.0.0", "::");
    public static final String EXPOSED_NOTE = "Reachable from the network: other machines can connect to this port.";
    public static final String NOT_LISTENING = "Not listening.";
    /** The largest backlog the form accepts; the operating system caps it further (net.core.somaxconn). */
    public static final int MAX_BACKLOG = 65_535;
    /**
     * How long the server waits for the one message by default: long enough to connect this tab's client,
     * type a line and press Send (the engine's own default of one second suits scripts, not people).
     */
    public static final int DEFAULT_READ_TIMEOUT_MILLIS = 30_000;
    public static final int MAX_READ_TIMEOUT_MILLIS = 600_000;
    static final String SOURCE = "tcp-server";

    private final ListenerLifecycle lifecycle = new ListenerLifecycle(this, NOT_LISTENING);
    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink sink;
    private final Executor fxThread;

    private final ObjectProperty<Transport> transport = new SimpleObjectProperty<>(this, "transport", Transport.TCP);
    private final StringProperty bindAddress = new SimpleStringProperty(this, "bindAddress", SimpleTcpServerSettings.DEFAULT_BIND_HOST);
    private final StringProperty port = new SimpleStringProperty(this, "port", DEFAULT_PORT);
    private final StringProperty unixPath = new SimpleStringProperty(this, "unixPath", DEFAULT_UNIX_PATH);
    private final StringProperty backlog = new SimpleStringProperty(this, "backlog", Integer.toString(SimpleTcpServerSettings.DEFAULT_BACKLOG));
    private final BooleanProperty readMessageFirst = new SimpleBooleanProperty(this, "readMessageFirst", false);
    private final StringProperty readTimeout = new SimpleStringProperty(this, "readTimeout", Integer.toString(DEFAULT_READ_TIMEOUT_MILLIS));
    private final StringProperty greeting = new SimpleStringProperty(this, "greeting", DEFAULT_GREETING);

    private final FieldErrors errors = new FieldErrors("bind", "port", "path", "backlog", "greeting", "readTimeout");
    private final ReadOnlyBooleanWrapper inputValid = new ReadOnlyBooleanWrapper(this, "inputValid", true);
    private final ReadOnlyBooleanWrapper exposed = new ReadOnlyBooleanWrapper(this, "exposed", false);
    private final BooleanBinding canStart;

    private SimpleTcpServerSettings settings;
    private List<InvalidInputException> problems = List.of();
    private EngineTask<SimpleTcpServer> task;

    /**
     * @param engines  starts the server on its own thread
     * @param status   the status bar line
     * @param sink     where the server reports (the tab's log), and where a refused Start is reported
     * @param fxThread runs the "now listening" update on the JavaFX thread ({@code Platform::runLater})
     */
    public TcpServerModel(EngineRunner engines, StatusLine status, EventSink sink, Executor fxThread) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        canStart = inputValid.and(lifecycle.activeProperty().not());
        Observable[] inputs = {transport, bindAddress, port, unixPath, backlog, readMessageFirst, readTimeout, greeting};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        validate();
    }

    private void validate() {
        List<InvalidInputException> found = new ArrayList<>();
        Transport via = transport.get() == null ? Transport.TCP : transport.get();
        int portNumber = 0;
        Path path = null;
        if (via == Transport.TCP) {
            try {
                Hosts.checkSyntax("bind", bindAddress.get());
            } catch (InvalidInputException e) {
                found.add(e);
            }
            try {
                portNumber = Ports.parse("port", port.get(), 0);
            } catch (InvalidInputException e) {
                found.add(e);
            }
        } else {
            try {
                path = SocketPaths.parse("path", unixPath.get());
                SimpleTcpServerSettings.unix(path).validate();
            } catch (InvalidInputException e) {
                found.add(e);
            }
        }
        int backlogSize = SimpleTcpServerSettings.DEFAULT_BACKLOG;
        try {
            backlogSize = WholeNumbers.parseInt("backlog", "backlog", backlog.get(), 1, MAX_BACKLOG,
                    "type a number such as 5, as in the seed's listen(5)");
        } catch (InvalidInputException e) {
            found.add(e);
        }
        int readTimeoutMillis = DEFAULT_READ_TIMEOUT_MILLIS;
        if (readMessageFirst.get()) {
            try {
                readTimeoutMillis = WholeNumbers.parseInt("readTimeout", "read timeout", readTimeout.get(), 1, MAX_READ_TIMEOUT_MILLIS,
                        "type milliseconds, such as 30000");
            } catch (InvalidInputException e) {
                found.add(e);
            }
        }
        String greetingText = "";
        try {
            greetingText = greetingText(greeting.get());
        } catch (InvalidInputException e) {
            found.add(e);
        }
        SimpleTcpServerSettings candidate = new SimpleTcpServerSettings(via, via == Transport.TCP ? bindAddress.get().strip() : "",
                portNumber, path, backlogSize, readMessageFirst.get(), readTimeoutMillis,
                greetingText, 0);
        if (found.isEmpty()) {
            try {
                candidate.validate();   // anything the fields above do not cover yet
            } catch (InvalidInputException e) {
                found.add(e);
            }
        }
        problems = List.copyOf(found);
        settings = found.isEmpty() ? candidate : null;
        inputValid.set(found.isEmpty());
        errors.show(found);
        exposed.set(via == Transport.TCP && exposesToNetwork(bindAddress.get()));
    }

    /**
     * The greeting the server sends, from the form's text with escapes. The server sends text as UTF-8,
     * so {@code \xHH} bytes must spell UTF-8 characters.
     */
    static String greetingText(String typed) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = PayloadCodec.encode(typed, PayloadFormat.ESCAPED, StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("greeting", "The greeting has a problem: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("greeting", "The greeting's \\xHH bytes do not spell UTF-8 text, and the server "
                    + "sends its greeting as UTF-8; type the characters themselves or use \\x00-\\x7f.");
        }
    }

    /** True for a wildcard or another non-loopback address; a name other than localhost may be either, so it counts. */
    static boolean exposesToNetwork(String bind) {
        String b = bind == null ? "" : bind.strip();
        if (b.isEmpty()) {
            return false;
        }
        return AddressLiterals.parse(b).map(address -> !address.isLoopbackAddress())
                .orElse(!b.toLowerCase(Locale.ROOT).equals("localhost"));
    }

    /**
     * Starts the server with the current fields on a thread called {@code tcp-server-<port>}
     * ({@code tcp-server-unix} for a socket file). With a wrong field it starts nothing and logs each
     * field's sentence instead.
     *
     * @return true if a server started
     */
    public boolean start() {
        if (lifecycle.isActive()) {
            return false;
        }
        validate();
        if (settings == null) {
            List<String> sentences = problems.stream().map(Throwable::getMessage).toList();
            sentences.forEach(sentence -> sink.publish(NetEvent.error(SOURCE, "", "", sentence, null)));
            status.warning(sentences.get(0));
            return false;
        }
        SimpleTcpServerSettings run = settings;
        SimpleTcpServer server = new SimpleTcpServer(run, sink);
        EngineTask<SimpleTcpServer> started = engines.start(server, threadName(run));
        task = started;
        lifecycle.starting();
        started.whenFinished(now -> ended(started, now));
        server.listening().whenComplete((address, error) -> {
            if (address != null) {
                fxThread.execute(() -> listening(started, address));
            }
        });
        return true;
    }

    /** The server's thread name: {@code tcp-server-5000}, or {@code tcp-server-unix}. */
    static String threadName(SimpleTcpServerSettings settings) {
        return "tcp-server-" + (settings.transport() == Transport.UNIX ? "unix" : Integer.toString(settings.port()));
    }

    private void listening(EngineTask<SimpleTcpServer> started, SocketAddress address) {
        String where = Endpoints.format(address);
        if (task != started || !lifecycle.listening(where, "Listening on " + where + ", one connection at a time")) {
            return;   // stopped (or failed) before this news arrived
        }
        status.info("Simple server listening on " + where + (exposed.get() ? ", reachable from the network." : "."));
    }

    private void ended(EngineTask<SimpleTcpServer> ended, Worker.State how) {
        if (task != ended) {
            return;
        }
        task = null;
        if (how == Worker.State.FAILED) {
            String sentence = ended.failureMessage();
            lifecycle.failed(sentence);
            status.warning(sentence);
        } else {
            String where = lifecycle.stopped();
            if (!where.isEmpty()) {
                status.info("The simple server stopped listening on " + where + ".");
            }
        }
    }

    /** Stops the server; returns at once (the socket is closed, the thread ends moments later). */
    public void stop() {
        EngineTask<SimpleTcpServer> current = task;
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

    /** Registers every field under {@code tcp.server.*}, which also restores the saved values. */
    public void remember(FieldMemory memory) {
        memory.remember("tcp.server.transport", transport, Transport.class);
        memory.remember("tcp.server.bindAddress", bindAddress);
        memory.remember("tcp.server.port", port);
        memory.remember("tcp.server.unixPath", unixPath);
        memory.remember("tcp.server.backlog", backlog);
        memory.remember("tcp.server.readMessageFirst", readMessageFirst);
        memory.remember("tcp.server.readTimeout", readTimeout);
        memory.remember("tcp.server.greeting", greeting);
    }

    // ---- fields ----

    public ObjectProperty<Transport> transportProperty() {
        return transport;
    }

    /** The local address to listen on: 127.0.0.1 keeps the server on this machine. */
    public StringProperty bindAddressProperty() {
        return bindAddress;
    }

    /** The local port; 0 lets the system pick a free one. */
    public StringProperty portProperty() {
        return port;
    }

    /** The socket file to create, for the Unix transport. */
    public StringProperty unixPathProperty() {
        return unixPath;
    }

    /** How many finished connections may wait to be accepted (the seed's listen(5)). */
    public StringProperty backlogProperty() {
        return backlog;
    }

    /** Read one message before greeting, as the STEP 1-6 server does. */
    public BooleanProperty readMessageFirstProperty() {
        return readMessageFirst;
    }

    /** How many milliseconds to wait for that message before greeting anyway. */
    public StringProperty readTimeoutProperty() {
        return readTimeout;
    }

    /** What every client receives before the server closes, as text with escapes. */
    public StringProperty greetingProperty() {
        return greeting;
    }

    // ---- what the view shows ----

    public ReadOnlyStringProperty bindAddressErrorProperty() {
        return errors.of("bind");
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return errors.of("port");
    }

    public ReadOnlyStringProperty unixPathErrorProperty() {
        return errors.of("path");
    }

    public ReadOnlyStringProperty backlogErrorProperty() {
        return errors.of("backlog");
    }

    public ReadOnlyStringProperty greetingErrorProperty() {
        return errors.of("greeting");
    }

    public ReadOnlyStringProperty readTimeoutErrorProperty() {
        return errors.of("readTimeout");
    }

    /** Every error sentence shown now, in field order. */
    public List<String> errorSentences() {
        return errors.sentences();
    }

    public ReadOnlyBooleanProperty inputValidProperty() {
        return inputValid.getReadOnlyProperty();
    }

    /** True when other machines could connect; the view shows {@link #EXPOSED_NOTE}. */
    public ReadOnlyBooleanProperty exposedProperty() {
        return exposed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ListenerLifecycle.State> stateProperty() {
        return lifecycle.stateProperty();
    }

    /** True from Start until the server has stopped or failed. */
    public ReadOnlyBooleanProperty activeProperty() {
        return lifecycle.activeProperty();
    }

    public boolean isActive() {
        return lifecycle.isActive();
    }

    /** "Not listening.", "Starting…", "Listening on 127.0.0.1:5000, one connection at a time", or why it failed. */
    public ReadOnlyStringProperty statusTextProperty() {
        return lifecycle.statusTextProperty();
    }

    /** The address the server is really bound to while listening (e.g. {@code 127.0.0.1:5000}), else "". */
    public ReadOnlyStringProperty boundAddressProperty() {
        return lifecycle.boundAddressProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }

    /** The settings the fields spell now, or null while a field is wrong. */
    public SimpleTcpServerSettings settings() {
        return settings;
    }
}
