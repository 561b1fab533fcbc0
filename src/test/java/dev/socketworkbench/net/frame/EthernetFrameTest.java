package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.input.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class EthernetFrameTest {
    private static final MacAddress A = FrameTemplate.LOCAL_MAC;
    private static final MacAddress B = FrameTemplate.PEER_MAC;

    private static EthernetFrame.Builder raw(int payloadLength) {
        byte[] payload = new byte[payloadLength];
        Arrays.fill(payload, (byte) 0x55);
        return new EthernetFrame.Builder().destination(B).source(A).etherType(EtherType.SEED_EXAMPLE).payload(payload);
    }

    @Test
    void seedFrameIsByteForByteWhatTheSeedSends() {
        ByteArrayOutputStream seed = new ByteArrayOutputStream();
        byte[] addr = {1, 2, 3, 4, 5, 6};
        seed.writeBytes(addr); // dst_addr
        seed.writeBytes(addr); // src_addr
        seed.writeBytes(new byte[] {0x08, 0x01}); // ethertype
        seed.writeBytes(("[".repeat(30) + "PAYLOAD" + "]".repeat(30)).getBytes(StandardCharsets.US_ASCII));
        seed.writeBytes(new byte[] {0x1a, 0x2b, 0x3c, 0x4d}); // checksum
        EthernetFrame frame = FrameTemplate.SEED.newBuilder().build();
        assertArrayEquals(seed.toByteArray(), frame.toBytes());
        assertEquals(85, frame.length());
        assertEquals(0, frame.padding().length, "81 bytes before the FCS need no padding");
        assertFalse(frame.isFcsCorrect(), "1a 2b 3c 4d is not the CRC-32 of the frame");
        assertEquals(crc32(frame.toBytes(), 81), frame.correctFcs());
    }

    @Test
    void seedFrameWithTheRealFcs() {
        EthernetFrame frame = FrameTemplate.SEED.newBuilder().fcs(null).build();
        byte[] bytes = frame.toBytes();
        int crc = crc32(bytes, 81);
        assertArrayEquals(new byte[] {(byte) crc, (byte) (crc >>> 8), (byte) (crc >>> 16), (byte) (crc >>> 24)},
                Arrays.copyOfRange(bytes, 81, 85));
        assertTrue(frame.isFcsCorrect());
    }

    @Test
    void fcsIsCorrectOnTheWire() {
        EthernetFrame frame = raw(10).appendFcs(true).build();
        byte[] bytes = frame.toBytes();
        assertEquals(64, bytes.length, "padded to 60, plus 4 bytes of FCS: the Ethernet minimum");
        int crc = crc32(bytes, 60);
        assertEquals(crc, frame.fcs().getAsInt());
        assertEquals((byte) crc, bytes[60], "least significant byte first");
        assertEquals((byte) (crc >>> 24), bytes[63]);
        // The CRC-32 of a frame followed by its correct FCS is always the same constant, the 802.3 residue.
        assertEquals(0x2144DF1C, crc32(bytes, bytes.length));
    }

    @Test
    void fcsOffByDefaultBecauseTheNicAddsIt() {
        EthernetFrame frame = raw(10).build();
        assertEquals(60, frame.length());
        assertTrue(frame.fcs().isEmpty());
        assertFalse(frame.isFcsCorrect());
    }

    @Test
    void paddingToSixtyIsAToggle() {
        assertEquals(60, raw(0).build().length());
        assertEquals(60, raw(46).build().length());
        assertEquals(61, raw(47).build().length());
        EthernetFrame unpadded = raw(10).padToMinimum(false).build();
        assertEquals(24, unpadded.length());
        EthernetFrame padded = raw(10).build();
        assertArrayEquals(new byte[36], padded.padding());
        assertArrayEquals(Arrays.copyOf(unpadded.toBytes(), 60), padded.toBytes(), "padding is zeros after the payload");
        EthernetFrame explicit = raw(10).padding(new byte[] {9, 9}).build();
        assertEquals(26, explicit.length());
        assertArrayEquals(new byte[] {9, 9}, explicit.padding());
    }

    @Test
    void vlanTagSitsBetweenSourceAndEtherType() throws Exception {
        EthernetFrame frame = FrameTemplate.UDP_TO_PORT.newBuilder().vlanTag(new VlanTag(5, true, 100)).build();
        byte[] bytes = frame.toBytes();
        assertEquals("8100" + "b064" + "0800", HexFormat.of().formatHex(bytes, 12, 18), "TPID, PCP 5 DEI 1 VID 100, type");
        EthernetFrame parsed = EthernetFrame.parse(bytes);
        assertEquals(new VlanTag(5, true, 100), parsed.vlanTag().orElseThrow());
        assertEquals(EtherType.IPV4, parsed.etherType());
        assertInstanceOf(Ipv4Packet.class, parsed.payloadPacket());
        assertEquals(frame, parsed);

        Dissection d = FrameDissector.dissect(bytes);
        Layer vlan = d.layer("802.1Q").orElseThrow();
        assertEquals(14, vlan.offset());
        assertEquals(4, vlan.length());
        assertEquals("100", vlan.field("VLAN ID").orElseThrow().value());
        assertEquals("5", vlan.field("Priority (PCP)").orElseThrow().value());
        assertEquals("802.1Q VLAN (0x8100)", d.layer("Ethernet II").orElseThrow().field("Type").orElseThrow().value());
        assertEquals(18, d.layer("IPv4").orElseThrow().offset());
        assertEquals("VLAN 100: 10.0.0.1:1234 -> 10.0.0.2:9 UDP len=5", d.summary());
    }

    @Test
    void vlanTagIsValidated() throws InvalidInputException {
        assertEquals(4095, VlanTag.of(7, false, 4095).vlanId());
        assertEquals(0, VlanTag.of(0, false, 0).vlanId());
        InvalidInputException id = assertThrows(InvalidInputException.class, () -> VlanTag.of(0, false, 4096));
        assertEquals("vlanId", id.field());
        assertEquals("The VLAN ID 4096 is outside 0-4095; the tag has twelve bits for it.", id.getMessage());
        InvalidInputException pcp = assertThrows(InvalidInputException.class, () -> VlanTag.of(8, false, 1));
        assertEquals("vlanPriority", pcp.field());
        assertThrows(InvalidInputException.class, () -> VlanTag.of(0, false, -1));
        assertThrows(IllegalArgumentException.class, () -> new VlanTag(0, false, 5000));
        VlanTag tag = new VlanTag(3, false, 42);
        assertEquals(tag, VlanTag.fromTci(tag.tci()));
    }

    @Test
    void etherTypeFollowsThePayloadUnlessSet() {
        assertEquals(EtherType.ARP, FrameTemplate.ARP_WHO_HAS.newBuilder().build().etherType());
        assertEquals(EtherType.IPV4, FrameTemplate.ICMP_ECHO_REQUEST.newBuilder().build().etherType());
        EthernetFrame.Builder noType = new EthernetFrame.Builder().destination(A).source(B).payload(new byte[3]);
        assertThrows(IllegalStateException.class, noType::build);
        assertThrows(IllegalStateException.class, () -> new EthernetFrame.Builder().source(A).build());
        EthernetFrame overridden = FrameTemplate.ARP_WHO_HAS.newBuilder().etherType(EtherType.of(0x88b5)).build();
        assertEquals(0x88b5, (overridden.toBytes()[12] & 0xFF) << 8 | overridden.toBytes()[13] & 0xFF);
    }

    @Test
    void parseRoundTripsAndToBuilderRebuildsTheSameBytes() throws Exception {
        for (FrameTemplate t : FrameTemplate.values()) {
            for (boolean fcs : new boolean[] {false, true}) {
                EthernetFrame frame = t.newBuilder().appendFcs(fcs).build();
                EthernetFrame parsed = EthernetFrame.parse(frame.toBytes(), fcs);
                assertEquals(frame, parsed, t.name());
                assertEquals(frame.fcs(), parsed.fcs());
                assertArrayEquals(frame.padding(), parsed.padding());
                assertArrayEquals(frame.toBytes(), parsed.toBuilder().build().toBytes(), t + " toBuilder");
                assertArrayEquals(frame.toBytes(), frame.toBuilder().build().toBytes(), t + " toBuilder of built");
            }
        }
    }

    @Test
    void tooShortDataThrowsWithAHexDump() {
        byte[] data = HexFormat.of().parseHex("0102030405060102");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> EthernetFrame.parse(data));
        assertEquals("The 8 bytes at offset 0 are too short for an Ethernet header, which needs 14.", e.getMessage());
        assertTrue(e.isTruncated());
        assertTrue(e.hexDump().startsWith("0000  01 02 03 04 05 06 01 02"), e.hexDump());
        assertTrue(e.toString().contains(e.hexDump()));
        assertArrayEquals(data, e.data());
        MalformedDataException withFcs = assertThrows(MalformedDataException.class, () -> EthernetFrame.parse(new byte[17], true));
        assertTrue(withFcs.getMessage().contains("header and FCS"), withFcs.getMessage());
    }

    @Test
    void equalityIsByBytes() {
        assertEquals(raw(5).build(), raw(5).build());
        assertEquals(raw(5).build().hashCode(), raw(5).build().hashCode());
        assertNotEquals(raw(5).build(), raw(6).padToMinimum(false).build());
    }

    static int crc32(byte[] data, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        return (int) crc.getValue();
    }
}
