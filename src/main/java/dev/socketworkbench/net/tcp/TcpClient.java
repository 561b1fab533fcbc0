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
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP (or Unix-domain) client, as in the seeds' "Sending data via TCP" and STEP 1-4 client:
 * connect, then report every read as one RECEIVED event with its size. One send rarely matches one
 * read on the other side, which is the point: TCP is a byte stream, not a stream of messages.
 *
 * <p>{@link #run()} connects and reads on the caller's thread until the peer closes or
 * {@link #close()}. {@link #send}, {@link #shutdownOutput()} and {@link #disconnect()} may be called
 * from any other thread while it runs.
 */
public final class TcpClient implements Engine {
    private static final String SOURCE = "tcp-client";

    private final TcpClientSettings settings;
    private final EventSink sink;
    private final OpenSockets sockets = new OpenSockets();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final Object writeLock = new Object();
    /** SENT before what the reader hears meanwhile (see {@link SendFirstOrder}). */
    private final SendFirstOrder order;
    /** The first failure already reported; later ones (the other direction failing too) stay quiet. */
    private final AtomicReference<String> failure = new AtomicReference<>();

    private volatile SocketChannel channel;
    private volatile String local = "";
    private volatile String remote;
    private volatile boolean stopping;
    private volatile boolean peerClosed;
    private volatile boolean outputShut;

    public TcpClient(TcpClientSettings settings, EventSink sink) {
        this.settings = settings;
        this.sink = sink;
        this.order = new SendFirstOrder(sink);
        this.remote = settings.target();
    }

    @Override
    public void run() throws EngineException {
        try {
            SocketAddress target = target();
            SocketChannel ch = connect(target);
            if (ch == null) {
                return;
            }
            readUntilClosed(ch);
        } finally {
            sockets.closeAll();
            connected.completeExceptionally(new ClosedChannelException());
        }
    }

    /** Completes once the connection is up; fails if the run ends without connecting. */
    public CompletableFuture<Void> connected() {
        return connected.copy();
    }

    /** This side's address once connected (e.g. {@code 127.0.0.1:43122}); "" before, and for a Unix-domain client. */
    public String localEndpoint() {
        return local;
    }

    /** Where this client connects, e.g. {@code 127.0.0.1:5000} or {@code unix:/tmp/x.sock}. */
    public String remoteEndpoint() {
        return remote;
    }

    /** True while the connection is up and this side can still send. */
    public boolean canSend() {
        SocketChannel ch = channel;
        return ch != null && ch.isOpen() && !outputShut;
    }

    /**
     * Sends {@code payload} as is (add a line ending with {@link LineEnding#apply} first). Blocks while
     * the socket's send buffer is full, so call it off the UI thread. Reports a SENT event, or an error
     * sentence and returns false.
     */
    public boolean send(byte[] payload) {
        SocketChannel ch = channel;
        if (ch == null || !ch.isOpen()) {
            error("Not connected: connect first, then send.", null);
            return false;
        }
        // Written from the caller's array; the event keeps its own copy of (the start of) it.
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        synchronized (writeLock) {
            if (outputShut) {
                error("This side already half-closed the connection (shutdown output), so it cannot send; connect again to send more.", null);
                return false;
            }
            NetEvent sent = null;
            order.sendStarts();
            try {
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                sent = NetEvent.sentKeepingStart(SOURCE, local, remote, payload);
            } catch (IOException e) {
                sendFailed(e, buffer.position(), payload.length);
                return false;
            } finally {
                order.sendEnds(sent);
            }
        }
        if (settings.disconnectAfterBye() && isBye(payload)) {
            info("Sent \"bye\": closing the connection, as the seed's chat client does");
            close();
        }
        return true;
    }

    /**
     * Half-closes the connection: sends FIN so the server reads end-of-stream, while this side keeps
     * reading whatever the server still sends until it closes too.
     */
    public void shutdownOutput() {
        SocketChannel ch = channel;
        if (ch == null || !ch.isOpen()) {
            error("Not connected: there is no connection to half-close.", null);
            return;
        }
        synchronized (writeLock) {
            if (outputShut) {
                return;
            }
            try {
                ch.shutdownOutput();
                outputShut = true;
            } catch (IOException e) {
                if (!stopping) {
                    error(NetFailures.transfer(e, remote), e);
                }
                return;
            }
        }
        info("Half-closed: this side sent FIN and sends no more, but still receives until the peer closes");
    }

    /** Closes the connection at the user's request; {@link #run()} returns normally. */
    public void disconnect() {
        if (channel != null && !sockets.isClosed()) {
            info("Disconnected by the user");
        }
        close();
    }

    @Override
    public void close() {
        stopping = true;
        sockets.closeAll();
    }

    private SocketAddress target() throws EngineException {
        try {
            settings.validate();
            if (settings.transport() == Transport.UNIX) {
                return UnixDomainSocketAddress.of(settings.unixPath());
            }
            InetSocketAddress address = new InetSocketAddress(Hosts.resolve("host", settings.host()), settings.port());
            remote = Endpoints.format(address);
            return address;
        } catch (InvalidInputException e) {
            sink.publish(NetEvent.error(SOURCE, "", remote, e.getMessage(), e));
            throw new EngineException(e.getMessage(), e, true);
        }
    }

    /** Opens the connection; null if the client was closed meanwhile. */
    private SocketChannel connect(SocketAddress target) throws EngineException {
        info("Connecting to " + remote);
        SocketChannel ch;
        try {
            ch = settings.transport() == Transport.UNIX
                    ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
        } catch (IOException e) {
            throw fail(NetFailures.connect(e, remote, settings.connectTimeoutMillis()), e);
        }
        if (!sockets.add(ch)) {
            return null;
        }
        try {
            if (settings.transport() == Transport.TCP) {
                ch.setOption(StandardSocketOptions.TCP_NODELAY, settings.tcpNoDelay());
                // The socket adaptor is the channel API's only connect with a timeout.
                ch.socket().connect(target, settings.connectTimeoutMillis());
            } else {
                ch.connect(target);
            }
            local = Endpoints.format(ch.getLocalAddress());
        } catch (IOException e) {
            if (stopping) {
                return null;
            }
            throw fail(NetFailures.connect(e, remote, settings.connectTimeoutMillis()), e);
        }
        channel = ch;
        info(local.isEmpty() ? "Connected to " + remote : "Connected to " + remote + " from " + local);
        connected.complete(null);
        return ch;
    }

    private void readUntilClosed(SocketChannel ch) throws EngineException {
        ByteBuffer buffer = ByteBuffer.allocate(settings.readBufferBytes());
        while (true) {
            int n;
            try {
                n = ch.read(buffer);
            } catch (IOException e) {
                String reported = failure.get();
                if (reported != null) {
                    throw new EngineException(reported, e, false);
                }
                if (stopping) {
                    return;
                }
                throw fail(NetFailures.transfer(e, remote), e);
            }
            if (n < 0) {
                peerClosed = true;
                order.fromReader(NetEvent.info(SOURCE, local, remote, "Peer closed the connection"));
                return;
            }
            byte[] data = Arrays.copyOf(buffer.array(), n);
            buffer.clear();
            order.fromReader(NetEvent.received(SOURCE, local, remote, data, ""));
        }
    }

    private void sendFailed(IOException e, int sent, int total) {
        if (peerClosed) {
            report(NetFailures.peerClosedWhileSending(remote), e);
        } else if (stopping) {
            info("Closed while sending: " + sent + " of " + total + " bytes went out");
        } else {
            report(NetFailures.transfer(e, remote), e);
            sockets.closeAll();
        }
    }

    /** Reports {@code message} unless another failure was reported first. */
    private void report(String message, Exception cause) {
        if (failure.compareAndSet(null, message)) {
            error(message, cause);
        }
    }

    private EngineException fail(String message, Exception cause) {
        report(message, cause);
        return new EngineException(failure.get(), cause, false);
    }

    private void info(String message) {
        sink.publish(NetEvent.info(SOURCE, local, remote, message));
    }

    private void error(String message, Exception cause) {
        sink.publish(NetEvent.error(SOURCE, local, remote, message, cause));
    }

    private static boolean isBye(byte[] payload) {
        return LineEnding.strip(new String(payload, StandardCharsets.UTF_8)).equals("bye");
    }
}
