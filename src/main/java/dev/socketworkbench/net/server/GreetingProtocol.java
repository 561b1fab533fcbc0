package dev.socketworkbench.net.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** server.py's protocol: send a greeting ("Thank you for connecting") the moment a client connects, then close. */
public final class GreetingProtocol implements Protocol {
    private final byte[] greeting;
    private final Framing framing = new ChunkFraming(1);

    public GreetingProtocol(String greeting) {
        this.greeting = greeting.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Framing framing() {
        return framing;
    }

    @Override
    public Next onConnect(Conversation conversation) throws IOException {
        conversation.reply(greeting.clone());
        return Next.CLOSE;
    }

    @Override
    public Next onMessage(byte[] message, Conversation conversation) {
        return Next.CLOSE;
    }
}
