package dev.socketworkbench.net.server;

import dev.socketworkbench.net.tcp.LineEnding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
        if (LineEnding.strip(new String(message, StandardCharsets.UTF_8)).equals("bye")) {
            return Next.CLOSE;
        }
        conversation.reply(message);
        return Next.READ_MORE;
    }
}
