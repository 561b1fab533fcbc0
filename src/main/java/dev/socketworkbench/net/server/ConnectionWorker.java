package dev.socketworkbench.net.server;

import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * What one connection's thread does: run the {@link Protocol} over the socket, close gracefully,
 * report every step, and leave the {@link ConnectionRegistry} when done, whatever happened.
 */
final class ConnectionWorker implements Runnable {
    private static final String SOURCE = "threaded-server";
    /** After its last word the server waits this long for the client to close, so nothing is reset. */
    static final int LINGER_MILLIS = 2_000;
    /** At most this much is read and thrown away while waiting (a client that sends on and on). */
    static final int LINGER_MAX_BYTES = 16 << 20;

    private final Connection connection;
    private final Protocol protocol;
    private final ConnectionRegistry registry;
    private final EventSink sink;
    private final String local;
    /** The client's address as the log shows it, formatted once rather than for every event. */
    private final String remote;
    private final int idleTimeoutMillis;

    ConnectionWorker(Connection connection, Protocol protocol, ConnectionRegistry registry, EventSink sink,
                     String local, int idleTimeoutMillis) {
        this.connection = connection;
        this.protocol = protocol;
        this.registry = registry;
        this.sink = sink;
        this.local = local;
        this.remote = connection.endpoint();
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    @Override
    public void run() {
        registry.threadStarted(connection, Thread.currentThread().getName());
        Socket socket = connection.socket();
        String ending;
        try {
            ending = converse(socket);
        } catch (SocketTimeoutException e) {
            ending = "it sent nothing for " + idleTimeoutMillis + " ms (idle timeout)";
        } catch (IOException e) {
            ending = connection.closeReason();
            if (ending == null) {
                sink.publish(NetEvent.error(SOURCE, local, remote,
                        NetFailures.transfer(e, remote), e));
                ending = "after the error above";
            }
        } finally {
            connection.closeBecause("its conversation ended");
            registry.remove(connection);
            registry.threadEnded();
        }
        sink.publish(NetEvent.info(SOURCE, local, remote, "Connection #" + connection.id() + " from "
                + remote + " closed: " + ending + " (" + connection.bytesIn() + " bytes in, "
                + connection.bytesOut() + " bytes out)"));
    }

    /** The conversation itself; returns how it ended, for the log. */
    private String converse(Socket socket) throws IOException {
        socket.setSoTimeout(idleTimeoutMillis);
        InputStream in = socket.getInputStream();
        Conversation conversation = new SocketConversation(socket.getOutputStream());
        Protocol.Next next = protocol.onConnect(conversation);
        boolean yieldFirst = VirtualThreadIo.yieldBeforeRead();
        while (next == Protocol.Next.READ_MORE) {
            if (yieldFirst) {
                Thread.yield();
            }
            byte[] message = protocol.framing().next(in);
            if (message == null) {
                return "the client closed it";
            }
            connection.addIn(message.length);
            sink.publish(NetEvent.received(SOURCE, local, remote, message, ""));
            next = protocol.onMessage(message, conversation);
        }
        return closeGracefully(socket, in);
    }

    /**
     * Sends FIN, then reads (and drops) what the client still sends until it closes too. Closing
     * with unread bytes would make the kernel send a reset, and the client could lose the reply.
     */
    private String closeGracefully(Socket socket, InputStream in) throws IOException {
        connection.state(ConnectionState.CLOSING);
        socket.shutdownOutput();
        socket.setSoTimeout(LINGER_MILLIS);
        byte[] buffer = new byte[8192];
        long dropped = 0;
        try {
            int n;
            while (dropped < LINGER_MAX_BYTES && (n = in.read(buffer)) >= 0) {
                dropped += n;
                connection.addIn(n);
            }
        } catch (IOException e) {
            if (connection.closeReason() != null) {
                throw e;
            }
            // The client went away without closing politely; the server has nothing more to say anyway.
        }
        return dropped == 0 ? "the server said its last word"
                : "the server said its last word and dropped " + dropped + " more bytes from the client";
    }

    /** The protocol's view of the socket: replies are counted and reported. */
    private final class SocketConversation implements Conversation {
        private final OutputStream out;

        SocketConversation(OutputStream out) {
            this.out = out;
        }

        @Override
        public InetSocketAddress remote() {
            return connection.remote();
        }

        @Override
        public void reply(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            connection.addOut(bytes.length);
            sink.publish(NetEvent.sent(SOURCE, local, remote, bytes, ""));
        }

        @Override
        public void nameClient(String name) {
            connection.name(name);
        }
    }
}
