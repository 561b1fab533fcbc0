package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadCodecUdpSizeTest {

    @Test
    void theLargestIpv4DatagramPayloadIsAccepted() {
        assertEquals(65_535 - 20 - 8, PayloadCodec.MAX_UDP_PAYLOAD);
        assertDoesNotThrow(() -> PayloadCodec.checkUdpSize(new byte[0]));
        assertDoesNotThrow(() -> PayloadCodec.checkUdpSize(new byte[65_507]));
    }

    @Test
    void oneByteMoreIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PayloadCodec.checkUdpSize(new byte[65_508]));
        assertEquals("payload", e.field());
        assertEquals("The payload is 65,508 bytes; a UDP datagram carries at most 65,507 bytes over IPv4, "
                + "so shorten it or send it over TCP.", e.getMessage());
    }

    @Test
    void theSentenceGroupsThousands() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PayloadCodec.checkUdpSize(new byte[70_000]));
        assertEquals("The payload is 70,000 bytes; a UDP datagram carries at most 65,507 bytes over IPv4, "
                + "so shorten it or send it over TCP.", e.getMessage());
    }
}
