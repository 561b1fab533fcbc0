package dev.socketworkbench.net.server;

import java.io.IOException;

/**
 * What a {@link ThreadedServer} says on each connection, given whole messages: protocol logic
 * without sockets, as in Netty's handlers. One instance serves every connection at once, so
 * implementations keep per-connection state out of their fields.
 */
public interface Protocol {

    /** What the connection does after the protocol has spoken. */
    enum Next {
        /** Read the next message. */
        READ_MORE,
        /** Say no more: the server sends FIN and closes the connection. */
        CLOSE
    }

    /** How the byte stream is cut into messages for {@link #onMessage}. */
    Framing framing();

    /** Called once when a client connects, before any message; most protocols just wait for the client. */
    default Next onConnect(Conversation conversation) throws IOException {
        return Next.READ_MORE;
    }

    /** Called for each message the framing cut from the stream. */
    Next onMessage(byte[] message, Conversation conversation) throws IOException;
}
