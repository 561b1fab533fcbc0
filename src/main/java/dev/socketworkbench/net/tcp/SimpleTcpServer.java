package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * The seeds' deliberately sequential server (server.py and the STEP 1-6 server): accept one
 * connection, optionally read one message, send a greeting, close, and only then accept the next.
 * A second client waits in the backlog meanwhile, which is what the threaded server then fixes.
 * Works over TCP and over a Unix-domain socket file, which it deletes when it stops.
 */
public final class SimpleTcpServer implements Engine {
    private static final String SOURCE = "tcp-server";
    private static final int MESSAGE_BYTES = 1024; // the seed's recv(1024)

    private final SimpleTcpServerSettings settings;
    private final EventSink sink;
    private final OpenSockets sockets = new OpenSockets();
    private final CompletableFuture<SocketAddress> listening = new CompletableFuture<>();
    private volatile String local = "";

    public SimpleTcpServer(SimpleTcpServerSettings settings, EventSink sink) {
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void run() throws EngineException {
        Path createdFile = null;
        try {
            ServerSocketChannel server = open();
            if (server == null) {
                return;
            }
            createdFile = settings.transport() == Transport.UNIX ? settings.unixPath() : null;
            local = Endpoints.format(server.getLocalAddress());
            info("", "Listening on " + local + ", one connection at a time (backlog " + settings.backlog() + ")");
            listening.complete(server.getLocalAddress());
            acceptOneAtATime(server);
        } catch (IOException e) {
            // Only getLocalAddress can land here, and only if the server was closed meanwhile.
        } finally {
            sockets.closeAll();
            if (createdFile != null) {
                UnixSocketFiles.delete(createdFile);
            }
            listening.completeExceptionally(new IOException("The server stopped before it was listening."));
        }
    }

    /** Completes with the bound address (the real port when 0 was asked for) once the server listens. */
    public CompletableFuture<SocketAddress> listening() {
        return listening.copy();
    }

    @Override
    public void close() {
        sockets.closeAll();
    }

    /** Binds the listening socket; null if the server was closed meanwhile. */
    private ServerSocketChannel open() throws EngineException {
        String endpoint = settings.transport() == Transport.UNIX ? "unix:" + settings.unixPath()
                : Endpoints.format(settings.bindHost().strip(), settings.port());
        SocketAddress address;
        try {
            settings.validate();
            address = settings.transport() == Transport.UNIX ? UnixDomainSocketAddress.of(settings.unixPath())
                    : new InetSocketAddress(Hosts.resolve("bind", settings.bindHost()), settings.port());
        } catch (InvalidInputException e) {
            sink.publish(NetEvent.error(SOURCE, endpoint, "", e.getMessage(), e));
            throw new EngineException(e.getMessage(), e, true);
        }
        if (settings.transport() == Transport.UNIX) {
            String problem = UnixSocketFiles.problemBeforeBind(settings.unixPath());
            if (problem != null) {
                throw failToBind(endpoint, problem, null);
            }
        }
        ServerSocketChannel server;
        try {
            server = settings.transport() == Transport.UNIX
                    ? ServerSocketChannel.open(StandardProtocolFamily.UNIX) : ServerSocketChannel.open();
        } catch (IOException e) {
            throw fail(endpoint, NetFailures.bind(e, endpoint, settings.port()), e);
        }
        if (!sockets.add(server)) {
            return null;
        }
        try {
            if (settings.transport() == Transport.TCP) {
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            server.bind(address, settings.backlog());
            return server;
        } catch (IOException e) {
            if (sockets.isClosed()) {
                return null;
            }
            throw failToBind(endpoint, settings.transport() == Transport.UNIX
                    ? UnixSocketFiles.bindFailure(e, settings.unixPath())
                    : NetFailures.bind(e, endpoint, settings.port()), e);
        }
    }

    private void acceptOneAtATime(ServerSocketChannel server) {
        int served = 0;
        while (settings.maxConnections() == 0 || served < settings.maxConnections()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!sockets.isClosed()) {
                    sink.publish(NetEvent.error(SOURCE, local, "", "Accepting a connection on " + local
                            + " failed: " + e.getMessage() + "; the server stopped.", e));
                }
                return;
            }
            if (!sockets.add(client)) {
                return;
            }
            served++;
            serve(client);
        }
        info("", "Served " + served + " connection" + (served == 1 ? "" : "s") + ", as many as asked for; stopping");
    }

    /** One whole conversation; a client that fails is reported and the server goes on to the next. */
    private void serve(SocketChannel client) {
        String remote = "";
        try {
            remote = Endpoints.format(client.getRemoteAddress());
            info(remote, "Got a connection from " + who(remote));
            if (settings.readMessageFirst()) {
                readOneMessage(client, remote);
            }
            byte[] greeting = settings.greeting().getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.wrap(greeting);
            while (out.hasRemaining()) {
                client.write(out);
            }
            sink.publish(NetEvent.sent(SOURCE, local, remote, greeting, "greeting"));
            sockets.close(client);
            info(remote, "Closed the connection to " + who(remote) + "; accepting the next one");
        } catch (IOException e) {
            if (!sockets.isClosed()) {
                sink.publish(NetEvent.error(SOURCE, local, remote, NetFailures.transfer(e, who(remote)), e));
            }
        } finally {
            sockets.close(client);
        }
    }

    /** Waits up to the read timeout for one read, as the STEP 1-6 server's recv(1024). */
    private void readOneMessage(SocketChannel client, String remote) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MESSAGE_BYTES);
        int n = 0;
        client.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            if (!sockets.add(selector)) {
                throw new IOException("stopped");
            }
            try {
                client.register(selector, SelectionKey.OP_READ);
                if (selector.select(settings.readTimeoutMillis()) > 0) {
                    n = client.read(buffer);
                }
            } catch (ClosedSelectorException | CancelledKeyException e) {
                // Stop closed the selector between add() and select(): the same end as a close during select().
                throw new IOException("stopped", e);
            }
            sockets.close(selector);
        }
        // Closing the selector deregistered the channel, so it may block again for the greeting.
        client.configureBlocking(true);
        if (n > 0) {
            sink.publish(NetEvent.received(SOURCE, local, remote, Arrays.copyOf(buffer.array(), n), ""));
        } else if (n < 0) {
            info(remote, "The connection from " + who(remote) + " was closed before it sent anything");
        } else if (!sockets.isClosed()) {
            info(remote, "No message from " + who(remote) + " within " + settings.readTimeoutMillis() + " ms; greeting anyway");
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

    /** A Unix-domain client has no address of its own; the log says "a client" instead. */
    private static String who(String remote) {
        return remote.isEmpty() ? "a client" : remote;
    }
}
