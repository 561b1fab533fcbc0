package dev.socketworkbench.net.server;

import java.io.IOException;

/**
 * MThreadserver.py's protocol: send every message straight back until the client sends "bye"
 * (a trailing newline is allowed, so {@code nc} works too); then close without answering it.
 */
public final class EchoProtocol implements Protocol {
    /** The seed's recv(2048). */
    public static final int READ_BYTES = 2048;
    private final Framing framing = new ChunkFraming(READ_BYTES);

    @Override
    public Framing framing() {
        return framing;
    }

    @Override
    public Next onMessage(byte[] message, Conversation conversation) throws IOException {
        if (isBye(message)) {
            return Next.CLOSE;
        }
        conversation.reply(message);
        return Next.READ_MORE;
    }

    /**
     * "bye" then only CR and LF, checked on the bytes: the same answer as decoding the message and
     * stripping its line ending, without building a String for every message echoed.
     */
    static boolean isBye(byte[] message) {
        if (message.length < 3 || message[0] != 'b' || message[1] != 'y' || message[2] != 'e') {
            return false;
        }
        for (int i = 3; i < message.length; i++) {
            if (message[i] != '\r' && message[i] != '\n') {
                return false;
            }
        }
        return true;
    }
}
