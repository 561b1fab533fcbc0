package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UdpListenerSettingsTest {

    @Test
    void defaultsAreTheSeeds() throws InvalidInputException {
        UdpListenerSettings s = UdpListenerSettings.on(6667).validate();
        assertEquals("127.0.0.1", s.bindAddress());
        assertEquals(8192, s.bufferBytes());
        assertEquals(ReplyMode.NONE, s.replyMode());
        assertArrayEquals("Got your message!".getBytes(StandardCharsets.US_ASCII), s.fixedReply());
        assertEquals(0, s.maxDatagrams());
        assertEquals(ReplyMode.FIXED, s.withFixedReply("hi".getBytes(StandardCharsets.US_ASCII)).replyMode());
    }

    @Test
    void portZeroMeansAnyFreePort() {
        assertEquals(List.of(), UdpListenerSettings.on(0).problems());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 70000})
    void portOutsideRangeIsRejected(int port) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> UdpListenerSettings.on(port).validate());
        assertEquals("port", e.field());
        assertTrue(e.getMessage().contains("outside 0-65535"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536})
    void bufferOutsideRangeIsRejected(int bytes) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpListenerSettings.on(6667).withBufferBytes(bytes).validate());
        assertEquals("buffer", e.field());
    }

    @Test
    void fixedReplyMustFitOneDatagram() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpListenerSettings.on(6667).withFixedReply(new byte[65_508]).validate());
        assertEquals("fixedReply", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "127.0.0.1", "::1", "2001:db8::1", "255.255.255.255"})
    void groupThatIsNotMulticastIsRejected(String group) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpListenerSettings.on(0).withMulticast(group, "lo").validate());
        assertEquals("group", e.field());
        assertEquals("The group " + group + " is not a multicast address; use one from 224.0.0.0/4 or ff00::/8, such as 239.1.2.3.",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "999.1.1.1", "239.1.2", "ff05::zz"})
    void groupThatIsNotAnAddressIsRejectedWithoutDns(String group) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UdpListenerSettings.on(0).withMulticast(group, "").validate());
        assertEquals("group", e.field());
        assertTrue(e.getMessage().contains("is not an IP address"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"239.1.2.3", "224.0.0.251", "ff05::1:3", "[ff02::fb]"})
    void multicastGroupsAreAccepted(String group) {
        assertEquals(List.of(), UdpListenerSettings.on(0).withMulticast(group, "lo").problems());
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, false", "::1, false", "[::1], false", "localhost, false", "127.0.0.2, false",
            "0.0.0.0, true", "::, true", "[::], true", "192.0.2.2, true", "some-host, true"})
    void exposureFollowsTheBindAddress(String bindAddress, boolean exposed) {
        assertEquals(exposed, UdpListenerSettings.on(bindAddress, 6667).exposesToNetwork());
    }

    @Test
    void multicastOnLoopbackStaysLocal() {
        assertEquals(false, UdpListenerSettings.on("0.0.0.0", 0).withMulticast("239.1.2.3", "").exposesToNetwork());
        assertEquals(false, UdpListenerSettings.on("0.0.0.0", 0).withMulticast("239.1.2.3", "lo").exposesToNetwork());
    }

    @Test
    void everyProblemGetsItsOwnSentence() {
        UdpListenerSettings s = new UdpListenerSettings("a b", 70000, 0, ReplyMode.FIXED, new byte[0], "10.0.0.1", "e th0", -1);
        assertEquals(List.of("bindAddress", "port", "buffer", "fixedReply", "maxDatagrams", "group", "interface"),
                s.problems().stream().map(InvalidInputException::field).toList());
    }
}
