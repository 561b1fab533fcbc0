package dev.socketworkbench.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The protocols without sockets: because framing and logic are apart, what a protocol answers to a
 * message can be checked with a plain in-memory conversation (the socket side is in the server tests).
 */
class ProtocolLogicTest {

    /** Collects replies in memory. */
    private static final class Transcript implements Conversation {
        final List<String> replies = new ArrayList<>();
        String name = "";

        @Override
        public InetSocketAddress remote() {
            return new InetSocketAddress("127.0.0.1", 40000);
        }

        @Override
        public void reply(byte[] bytes) {
            replies.add(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void nameClient(String value) {
            name = value;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void echoRepeatsUntilByeWithOrWithoutNewline() throws Exception {
        EchoProtocol echo = new EchoProtocol();
        Transcript t = new Transcript();
        assertEquals(Protocol.Next.READ_MORE, echo.onConnect(t));
        assertEquals(Protocol.Next.READ_MORE, echo.onMessage(utf8("hello"), t));
        assertEquals(Protocol.Next.READ_MORE, echo.onMessage(utf8("bye bye"), t));
        assertEquals(Protocol.Next.CLOSE, echo.onMessage(utf8("bye\r\n"), t));
        assertEquals(List.of("hello", "bye bye"), t.replies);
    }

    @Test
    void clientListNamesTheConnectionAndSharesOneDirectory() throws Exception {
        ClientDirectory directory = new ClientDirectory();
        ClientListProtocol protocol = new ClientListProtocol(directory, 8);
        Transcript t = new Transcript();
        assertEquals(Protocol.Next.CLOSE, protocol.onMessage(utf8("12345678"), t));
        assertEquals("12345678", t.name);
        assertEquals("{\"12345678\":{\"name\":\"12345678\",\"address\":\"127.0.0.1\",\"port\":40000}}", t.replies.getFirst());
        Transcript tooLong = new Transcript();
        protocol.onMessage(utf8("123456789"), tooLong);
        assertEquals("{\"error\":\"The name is longer than 8 bytes; send a shorter name.\"}", tooLong.replies.getFirst());
        assertEquals(1, directory.size());
    }

    @Test
    void chunkFramingIsOneReadUpToItsLimit() throws Exception {
        ChunkFraming framing = new ChunkFraming(4);
        ByteArrayInputStream in = new ByteArrayInputStream(utf8("abcdef"));
        assertEquals("abcd", new String(framing.next(in), StandardCharsets.UTF_8));
        assertEquals("ef", new String(framing.next(in), StandardCharsets.UTF_8));
        assertTrue(framing.next(in) == null);
    }

    @Test
    void greetingSaysItsLineAndCloses() throws Exception {
        Transcript t = new Transcript();
        assertEquals(Protocol.Next.CLOSE, new GreetingProtocol("Thank you for connecting\r\n").onConnect(t));
        assertEquals(List.of("Thank you for connecting\r\n"), t.replies);
    }
}
