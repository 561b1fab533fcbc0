package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UdpSenderSettingsTest {
    private static final byte[] HELLO = "Hello you there!".getBytes(StandardCharsets.UTF_8);

    @Test
    void seedLikeSettingsAreValid() throws InvalidInputException {
        UdpSenderSettings s = UdpSenderSettings.to("localhost", 6667, HELLO).validate();
        assertEquals(List.of(), s.problems());
        assertEquals(1, s.count());
        assertEquals(false, s.waitsForReply());
        assertTrue(s.withReplyTimeoutMillis(500).waitsForReply());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 70000})
    void portOutsideRangeIsRejected(int port) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpSenderSettings.to("127.0.0.1", port, HELLO).validate());
        assertEquals("port", e.field());
        assertTrue(e.getMessage().contains("outside 1-65535"), e.getMessage());
    }

    @Test
    void portTypedAsTextIsRejectedByTheSharedParser() {
        // The UI and CLI turn typed text into the settings' int with Ports.parse.
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ports.parse("port", "abc"));
        assertEquals("port", e.field());
        assertEquals("The port \"abc\" is not a number; type a number from 1-65535.", e.getMessage());
    }

    @Test
    void payloadLargerThanOneDatagramIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpSenderSettings.to("127.0.0.1", 6667, new byte[65_508]).validate());
        assertEquals("payload", e.field());
        assertEquals("The payload is 65,508 bytes, but one UDP datagram carries at most 65,507 bytes; shorten it or send it in parts.",
                e.getMessage());
    }

    @Test
    void largestDatagramIsAccepted() {
        assertEquals(List.of(), UdpSenderSettings.to("127.0.0.1", 6667, new byte[65_507]).problems());
    }

    @Test
    void emptyPayloadIsRejectedBecauseJavaCannotSendIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpSenderSettings.to("127.0.0.1", 6667, new byte[0]).validate());
        assertEquals("payload", e.field());
    }

    @Test
    void everyProblemGetsItsOwnSentence() {
        UdpSenderSettings s = new UdpSenderSettings(" ", 70000, new byte[70_000], 0, -5, false, 70000, -1, 0);
        List<String> fields = s.problems().stream().map(InvalidInputException::field).toList();
        assertEquals(List.of("host", "port", "payload", "count", "interval", "sourcePort", "replyTimeout", "replyBuffer"), fields);
        s.problems().forEach(p -> assertTrue(p.getMessage().endsWith(".") && p.getMessage().split("\\. ").length == 1,
                "one sentence: " + p.getMessage()));
        assertTrue(s.problems().get(3).getMessage().contains("count 0 is less than 1"));
        assertTrue(s.problems().get(4).getMessage().contains("-5 ms is negative"));
    }

    @Test
    void payloadIsCopiedInAndOut() {
        byte[] mine = HELLO.clone();
        UdpSenderSettings s = UdpSenderSettings.to("127.0.0.1", 6667, mine);
        mine[0] = 'X';
        assertArrayEquals(HELLO, s.payload());
        assertNotSame(s.payload(), s.payload());
        assertEquals(s, UdpSenderSettings.to("127.0.0.1", 6667, HELLO));
        assertEquals(s.hashCode(), UdpSenderSettings.to("127.0.0.1", 6667, HELLO).hashCode());
    }
}
