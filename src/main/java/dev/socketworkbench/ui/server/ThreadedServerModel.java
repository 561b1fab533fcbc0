package dev.socketworkbench.ui.server;

import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.server.DemoClients;
import dev.socketworkbench.net.server.DemoClientsSettings;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadKind;
import dev.socketworkbench.net.server.ThreadedServer;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.tool.ToolModel;
import dev.socketworkbench.ui.common.StatusLine;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;

/**
 * The threaded-server tab without its controls: the form's fields and their errors (checked as the
 * user types), Start and Stop of one {@link ThreadedServer}, the demo clients, and the live
 * connections. It never touches a control, so tests drive it without a window; commands run on the
 * JavaFX thread.
 */
public final class ThreadedServerModel implements ToolModel {
    /** Each demo client stays connected this long, so a class sees the table fill and the thread count rise. */
    static final int DEMO_HOLD_MILLIS = 1_500;

    /** MThreadserver.py's port. */
    public static final String DEFAULT_PORT = "8080";
    public static final String DEFAULT_GREETING = "Thank you for connecting\\r\\n";
    public static final String DEFAULT_IDLE_TIMEOUT_MILLIS = "30000";
    public static final String DEFAULT_DEMO_CLIENTS = "50";
    private static final String NOT_RUNNING = "Not running";

    private final EngineRunner engines;
    private final StatusLine status;
    private final EventSink log;
    private final Executor fxThread;
    private final LiveConnections connections;

    private final StringProperty bindHost = new SimpleStringProperty(this, "bindHost", ThreadedServerSettings.DEFAULT_BIND_HOST);
    private final StringProperty port = new SimpleStringProperty(this, "port", DEFAULT_PORT);
    private final ObjectProperty<ServerProtocol> protocol = new SimpleObjectProperty<>(this, "protocol", ServerProtocol.ECHO);
    private final StringProperty greeting = new SimpleStringProperty(this, "greeting", DEFAULT_GREETING);
    private final ObjectProperty<ThreadKind> threadKind = new SimpleObjectProperty<>(this, "threadKind", ThreadKind.PLATFORM);
    private final StringProperty maxConnections = new SimpleStringProperty(this, "maxConnections",
            String.valueOf(ThreadedServerSettings.DEFAULT_MAX_CONNECTIONS));
    private final BooleanProperty idleTimeoutOn = new SimpleBooleanProperty(this, "idleTimeoutOn", false);
    private final StringProperty idleTimeoutMillis = new SimpleStringProperty(this, "idleTimeoutMillis", DEFAULT_IDLE_TIMEOUT_MILLIS);
    private final StringProperty maxNameBytes = new SimpleStringProperty(this, "maxNameBytes",
            String.valueOf(ThreadedServerSettings.DEFAULT_MAX_NAME_BYTES));
    private final StringProperty demoClients = new SimpleStringProperty(this, "demoClients", DEFAULT_DEMO_CLIENTS);

    private final StringBinding bindHostError;
    private final StringBinding bindHostNote;
    private final StringBinding portError;
    private final StringBinding greetingError;
    private final StringBinding maxConnectionsError;
    private final StringBinding idleTimeoutError;
    private final StringBinding maxNameBytesError;
    private final StringBinding demoClientsError;
    private final BooleanBinding formValid;

    private final ReadOnlyBooleanWrapper serverRunning = new ReadOnlyBooleanWrapper(this, "serverRunning");
    private final ReadOnlyBooleanWrapper listening = new ReadOnlyBooleanWrapper(this, "listening");
    private final ReadOnlyBooleanWrapper demoRunning = new ReadOnlyBooleanWrapper(this, "demoRunning");
    private final ReadOnlyStringWrapper listeningOn = new ReadOnlyStringWrapper(this, "listeningOn", NOT_RUNNING);
    private final BooleanBinding canStart;
    private final BooleanBinding canLaunchDemo;

    private EngineTask<ThreadedServer> serverTask;
    private EngineTask<DemoClients> demoTask;
    private InetSocketAddress boundAddress;
    private ServerProtocol runningProtocol;

    /**
     * @param engines the workbench's runner, which starts the server and the demo clients on named threads
     * @param status  the status bar, told when the server fails or the demo is done
     * @param log     where the server and the demo clients report (the tab's log console)
     */
    public ThreadedServerModel(EngineRunner engines, StatusLine status, EventSink log) {
        this(engines, status, log, Platform::runLater, new LiveConnections());
    }

    ThreadedServerModel(EngineRunner engines, StatusLine status, EventSink log, Executor fxThread, LiveConnections connections) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.status = Objects.requireNonNull(status, "status");
        this.log = Objects.requireNonNull(log, "log");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.connections = Objects.requireNonNull(connections, "connections");

        bindHostError = error(() -> ServerInput.bindHost(bindHost.get()), bindHost);
        bindHostNote = Bindings.createStringBinding(() -> ServerInput.bindNote(bindHost.get()), bindHost);
        portError = error(() -> ServerInput.port(port.get()), port);
        // A field the chosen protocol does not use cannot hold Start back.
        greetingError = error(() -> {
            if (protocol.get() == ServerProtocol.GREETING) {
                ServerInput.greeting(greeting.get());
            }
        }, greeting, protocol);
        maxConnectionsError = error(() -> ServerInput.maxConnections(maxConnections.get()), maxConnections);
        idleTimeoutError = error(() -> {
            if (idleTimeoutOn.get()) {
                ServerInput.idleTimeoutMillis(idleTimeoutMillis.get());
            }
        }, idleTimeoutMillis, idleTimeoutOn);
        maxNameBytesError = error(() -> {
            if (protocol.get() == ServerProtocol.CLIENT_LIST) {
                ServerInput.maxNameBytes(maxNameBytes.get());
            }
        }, maxNameBytes, protocol);
        demoClientsError = error(() -> ServerInput.demoClients(demoClients.get()), demoClients);

        formValid = Bindings.createBooleanBinding(() -> List.of(bindHostError, portError, greetingError,
                        maxConnectionsError, idleTimeoutError, maxNameBytesError).stream().allMatch(e -> e.get().isEmpty()),
                bindHostError, portError, greetingError, maxConnectionsError, idleTimeoutError, maxNameBytesError);
        canStart = serverRunning.not().and(formValid);
        canLaunchDemo = listening.and(demoRunning.not()).and(Bindings.createBooleanBinding(
                () -> demoClientsError.get().isEmpty(), demoClientsError));
    }

    private static StringBinding error(ServerInput.Check check, javafx.beans.Observable... inputs) {
        return Bindings.createStringBinding(() -> ServerInput.errorOf(check), inputs);
    }

    /** Registers every field under a {@code server.*} workspace key, which restores its saved value. */
    @Override
    public void remember(FieldMemory memory) {
        memory.remember("server.bind", bindHost);
        memory.remember("server.port", port);
        memory.remember("server.protocol", protocol, ServerProtocol.class);
        memory.remember("server.greeting", greeting);
        memory.remember("server.threads", threadKind, ThreadKind.class);
        memory.remember("server.maxConnections", maxConnections);
        memory.remember("server.idleTimeout.on", idleTimeoutOn);
        memory.remember("server.idleTimeout.ms", idleTimeoutMillis);
        memory.remember("server.maxNameBytes", maxNameBytes);
        memory.remember("server.demo.clients", demoClients);
    }

    /**
     * The settings the form describes.
     *
     * @throws InvalidInputException naming the first wrong field
     */
    public ThreadedServerSettings settings() throws InvalidInputException {
        ServerProtocol chosen = protocol.get();
        ThreadedServerSettings settings = ThreadedServerSettings.of(ServerInput.port(port.get()), chosen)
                .withBindHost(ServerInput.bindHost(bindHost.get()))
                .withThreadKind(threadKind.get())
                .withMaxConnections(ServerInput.maxConnections(maxConnections.get()))
                .withIdleTimeoutMillis(idleTimeoutOn.get() ? ServerInput.idleTimeoutMillis(idleTimeoutMillis.get()) : 0);
        if (chosen == ServerProtocol.GREETING) {
            settings = settings.withGreeting(ServerInput.greeting(greeting.get()));
        }
        if (chosen == ServerProtocol.CLIENT_LIST) {
            settings = settings.withMaxNameBytes(ServerInput.maxNameBytes(maxNameBytes.get()));
        }
        settings.validate();
        return settings;
    }

    /**
     * Starts the server on its own thread, {@code threaded-server-<port>}. Wrong input is not started:
     * its sentence goes to the status bar (the field already shows it).
     *
     * @return true if the server was started
     */
    public boolean start() {
        if (serverRunning.get()) {
            return false;
        }
        ThreadedServerSettings settings;
        try {
            settings = settings();
        } catch (InvalidInputException e) {
            status.warning(e.getMessage());
            return false;
        }
        ThreadedServer server = new ThreadedServer(settings, log);
        connections.watch(server.registry());
        EngineTask<ThreadedServer> task = engines.start(server, "threaded-server-" + settings.port());
        serverTask = task;
        runningProtocol = settings.protocol();
        serverRunning.set(true);
        listeningOn.set("Starting on " + Endpoints.format(settings.bindHost(), settings.port()) + "\u2026");
        task.whenFinished(now -> serverEnded(task, now));
        server.listening().thenAcceptAsync(address -> listeningAt(task, address), fxThread);
        return true;
    }

    private void listeningAt(EngineTask<ThreadedServer> task, InetSocketAddress address) {
        if (task != serverTask || !serverRunning.get()) {
            return;
        }
        boundAddress = address;
        listening.set(true);
        listeningOn.set("Listening on " + Endpoints.format(address));
        status.info("The threaded server is listening on " + Endpoints.format(address) + ".");
    }

    private void serverEnded(EngineTask<ThreadedServer> task, Worker.State now) {
        if (task != serverTask) {
            return;
        }
        serverTask = null;
        boundAddress = null;
        serverRunning.set(false);
        listening.set(false);
        listeningOn.set(NOT_RUNNING);
        cancelDemo();
        if (now == Worker.State.FAILED) {
            status.warning(task.failureMessage());
        } else {
            status.info("The threaded server has stopped.");
        }
    }

    /** Stops the server (and any demo clients) and returns at once; its thread closes every connection. */
    public void stop() {
        cancelDemo();
        if (serverTask != null) {
            engines.stop(serverTask);
        }
    }

    /**
     * Runs the chosen number of demo clients against the running server, on the thread
     * {@code demo-clients-<port>}; client-list clients are named client-1..N.
     *
     * @return true if they were started
     */
    public boolean launchDemo() {
        if (!canLaunchDemo.get() || boundAddress == null) {
            return false;
        }
        int count;
        try {
            count = ServerInput.demoClients(demoClients.get());
        } catch (InvalidInputException e) {
            status.warning(e.getMessage());
            return false;
        }
        DemoClientsSettings settings = DemoClientsSettings.of(clientHost(boundAddress.getAddress()),
                boundAddress.getPort(), runningProtocol, count).withHoldMillis(DEMO_HOLD_MILLIS);
        EngineTask<DemoClients> task = engines.start(new DemoClients(settings, log), "demo-clients-" + boundAddress.getPort());
        demoTask = task;
        demoRunning.set(true);
        task.whenFinished(now -> demoEnded(task, now));
        return true;
    }

    /** Where the demo clients connect: the server's own address, or loopback when it listens on every interface. */
    static String clientHost(InetAddress bound) {
        if (bound.isAnyLocalAddress()) {
            return bound instanceof Inet6Address ? "::1" : "127.0.0.1";
        }
        return Endpoints.host(bound);
    }

    private void demoEnded(EngineTask<DemoClients> task, Worker.State now) {
        if (task != demoTask) {
            return;
        }
        demoTask = null;
        demoRunning.set(false);
        DemoClients demo = task.engine();
        switch (now) {
            case SUCCEEDED -> status.info(String.format(Locale.ROOT, "Demo clients done: %d succeeded, %d failed.",
                    demo.succeeded(), demo.failed()));
            case FAILED -> status.warning(task.failureMessage());
            default -> status.info("Demo clients cancelled.");
        }
    }

    /** Cancels the demo clients, if any run; returns at once. */
    public void cancelDemo() {
        if (demoTask != null) {
            engines.stop(demoTask);
        }
    }

    /** Closes these connections of the running server; each client sees its connection close. */
    public int disconnect(Collection<Long> ids) {
        EngineTask<ThreadedServer> task = serverTask;
        if (task == null) {
            return 0;
        }
        int closed = 0;
        for (long id : ids) {
            if (task.engine().registry().disconnect(id)) {
                closed++;
            }
        }
        return closed;
    }

    /** Stops everything this tab started; at exit. */
    @Override
    public void shutdown() {
        stop();
    }

    /** Brings the connections table and figures up to date; the view calls it a few times a second. */
    public boolean pollConnections() {
        return connections.poll(System.nanoTime());
    }

    LiveConnections connections() {
        return connections;
    }

    /** The running server, if any (for tests and the view's status). */
    public Optional<ThreadedServer> server() {
        return Optional.ofNullable(serverTask).map(EngineTask::engine);
    }


    // ---- fields ----

    public StringProperty bindHostProperty() {
        return bindHost;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<ServerProtocol> protocolProperty() {
        return protocol;
    }

    public StringProperty greetingProperty() {
        return greeting;
    }

    public ObjectProperty<ThreadKind> threadKindProperty() {
        return threadKind;
    }

    public StringProperty maxConnectionsProperty() {
        return maxConnections;
    }

    public BooleanProperty idleTimeoutOnProperty() {
        return idleTimeoutOn;
    }

    public StringProperty idleTimeoutMillisProperty() {
        return idleTimeoutMillis;
    }

    public StringProperty maxNameBytesProperty() {
        return maxNameBytes;
    }

    public StringProperty demoClientsProperty() {
        return demoClients;
    }

    // ---- errors and notes: "" when fine ----

    public ObservableStringValue bindHostError() {
        return bindHostError;
    }

    /** A warning when the bind address lets other machines connect, else "". */
    public ObservableStringValue bindHostNote() {
        return bindHostNote;
    }

    public ObservableStringValue portError() {
        return portError;
    }

    public ObservableStringValue greetingError() {
        return greetingError;
    }

    public ObservableStringValue maxConnectionsError() {
        return maxConnectionsError;
    }

    public ObservableStringValue idleTimeoutError() {
        return idleTimeoutError;
    }

    public ObservableStringValue maxNameBytesError() {
        return maxNameBytesError;
    }

    public ObservableStringValue demoClientsError() {
        return demoClientsError;
    }

    // ---- state ----

    /** True from Start until the server's thread has stopped (or failed). */
    public ReadOnlyBooleanProperty serverRunningProperty() {
        return serverRunning.getReadOnlyProperty();
    }

    /** True once the server is bound and accepting. */
    public ReadOnlyBooleanProperty listeningProperty() {
        return listening.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoRunningProperty() {
        return demoRunning.getReadOnlyProperty();
    }

    /** "Not running", "Starting on ...", or "Listening on 127.0.0.1:8080" (the real port when 0 was asked for). */
    public ReadOnlyStringProperty listeningOnProperty() {
        return listeningOn.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canLaunchDemoProperty() {
        return canLaunchDemo;
    }
}
