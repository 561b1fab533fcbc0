package dev.socketworkbench.net.server;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.tcp.OpenSockets;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The seeds' multi-threaded server (MThreadserver.py, client_list.py): one accept loop, and one
 * thread per connection, named {@code server-conn-<id>}, platform or virtual. Connections over the
 * limit are told why and closed; silent ones can be timed out. Stopping closes every connection,
 * waits for every connection thread to end and leaves the {@link #registry()} empty.
 */
public final class ThreadedServer implements Engine {
    private static final String SOURCE = "threaded-server";
    /** How long Stop waits for connection threads, whose sockets it has closed, to finish. */
    private static final long STOP_WAIT_MILLIS = 5_000;

    static {
        VirtualThreadIo.configure();
    }

    private final ThreadedServerSettings settings;
    private final EventSink sink;
    private final ConnectionRegistry registry = new ConnectionRegistry();
    private final ClientDirectory clients = new ClientDirectory();
    private final Protocol protocol;
    private final OpenSockets sockets = new OpenSockets();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<InetSocketAddress> listening = new CompletableFuture<>();
    private long lastId;
    private volatile String local = "";

    public ThreadedServer(ThreadedServerSettings settings, EventSink sink) {
        this.settings = settings;
        this.sink = sink;
        this.protocol = switch (settings.protocol()) {
            case ECHO -> new EchoProtocol();
            case CLIENT_LIST -> new ClientListProtocol(clients, settings.maxNameBytes());
            case GREETING -> new GreetingProtocol(settings.greeting());
        };
    }

    @Override
    public void run() throws EngineException {
        try {
            ServerSocket server = open();
            if (server != null) {
                acceptLoop(server);
            }
        } finally {
            stopEverything();
            listening.completeExceptionally(new IOException("The server stopped before it was listening."));
        }
    }

    /** Completes with the bound address (the real port when 0 was asked for) once the server listens. */
    public CompletableFuture<InetSocketAddress> listening() {
        return listening.copy();
    }

    /** The live connections, for the connections table. */
    public ConnectionRegistry registry() {
        return registry;
    }

    /** The client list the client-list protocol keeps (empty for the other protocols). */
    public ClientDirectory clientDirectory() {
        return clients;
    }

    /** Connection threads that have not yet ended, counted from the threads themselves. */
    public int aliveConnectionThreads() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    /** Closes the listening socket; run() then closes every connection and waits for their threads. */
    @Override
    public void close() {
        sockets.closeAll();
    }

    private ServerSocket open() throws EngineException {
        String endpoint = Endpoints.format(settings.bindHost().strip(), settings.port());
        InetSocketAddress address;
        try {
            settings.validate();
            address = new InetSocketAddress(Hosts.resolve("bind", settings.bindHost()), settings.port());
        } catch (InvalidInputException e) {
            sink.publish(NetEvent.error(SOURCE, endpoint, "", e.getMessage(), e));
            throw new EngineException(e.getMessage(), e, true);
        }
        ServerSocket server;
        try {
            server = new ServerSocket();
        } catch (IOException e) {
            throw fail(endpoint, NetFailures.bind(e, endpoint, settings.port()), e);
        }
        if (!sockets.add(server)) {
            return null;
        }
        try {
            server.setReuseAddress(settings.reuseAddress());
            server.bind(address, settings.backlog());
        } catch (IOException e) {
            if (sockets.isClosed()) {
                return null;
            }
            throw failToBind(endpoint, NetFailures.bind(e, endpoint, settings.port()), e);
        }
        InetSocketAddress bound = (InetSocketAddress) server.getLocalSocketAddress();
        local = Endpoints.format(bound);
        info("", "Listening on " + local + ": one " + settings.threadKind().name().toLowerCase(Locale.ROOT) + " thread per connection, "
                + settings.protocol().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " protocol, at most "
                + settings.maxConnections() + " connections at once");
        listening.complete(bound);
        return server;
    }

    private void acceptLoop(ServerSocket server) throws EngineException {
        while (true) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (sockets.isClosed()) {
                    return;
                }
                throw fail(local, "Accepting a connection on " + local + " failed: " + e.getMessage()
                        + "; the server stopped, start it again.", e);
            }
            admit(socket);
        }
    }

    /** Gives {@code socket} its own thread, or refuses it when the server is full. */
    private void admit(Socket socket) {
        String remote = Endpoints.format(socket.getRemoteSocketAddress());
        if (registry.size() >= settings.maxConnections()) {
            refuse(socket, remote, "The server is full: it already has " + settings.maxConnections()
                    + " connections, its limit; try again later.");
            return;
        }
        long id = ++lastId;
        Connection connection = registry.open(id, socket);
        if (connection == null) {
            return;
        }
        info(remote, "Accepted connection #" + id + " from " + remote);
        ConnectionWorker worker = new ConnectionWorker(connection, protocol, registry, sink, local,
                settings.idleTimeoutMillis());
        Thread.Builder builder = settings.threadKind() == ThreadKind.VIRTUAL
                ? Thread.ofVirtual() : Thread.ofPlatform().daemon(true);
        Thread thread = builder.name("server-conn-" + id).unstarted(() -> {
            try {
                worker.run();
            } finally {
                threads.remove(Thread.currentThread());
            }
        });
        threads.add(thread);
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            // "unable to create native thread": the system's thread limit, not this program's heap.
            threads.remove(thread);
            registry.remove(connection);
            refuse(socket, remote, "The server could not start another thread (the system's limit); try again later.");
        }
    }

    /** Accepts-then-closes a connection with one line saying why, so the client is not left waiting. */
    private void refuse(Socket socket, String remote, String why) {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            out.write((why + "\n").getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
        } catch (IOException ignored) {
            // The client left already; the log row below is all that matters.
        }
        info(remote, "Refused " + remote + ": " + why);
    }

    /** Closes the listening socket and every connection, then waits for their threads to end. */
    private void stopEverything() {
        sockets.closeAll();
        int open = registry.closeAll("the server is stopping");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
        for (Thread t : List.copyOf(threads)) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int stuck = aliveConnectionThreads();
        if (stuck > 0) {
            sink.publish(NetEvent.error(SOURCE, local, "", stuck + " connection threads had not ended "
                    + STOP_WAIT_MILLIS / 1000 + " s after Stop; they end when their sockets notice the close.", null));
        }
        if (!local.isEmpty()) {
            info("", "Stopped; closed " + open + " open connection" + (open == 1 ? "" : "s"));
        }
    }

    private EngineException fail(String endpoint, String message, Exception cause) {
        return fail(endpoint, message, cause, false);
    }

    /** A bind that fails (port in use, privileged port, path exists) is the user's input, as for UDP: exit 2. */
    private EngineException failToBind(String endpoint, String message, Exception cause) {
        return fail(endpoint, message, cause, true);
    }

    private EngineException fail(String endpoint, String message, Exception cause, boolean badInput) {
        sink.publish(NetEvent.error(SOURCE, endpoint, "", message, cause));
        return new EngineException(message, cause, badInput);
    }

    private void info(String remote, String message) {
        sink.publish(NetEvent.info(SOURCE, local, remote, message));
    }
}
