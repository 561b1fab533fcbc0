package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Build a layer, read it back with parse and with the dissector, and check every value survived. */
class LayerRoundTripTest {
    private static final Inet4Address SRC = FrameTemplate.LOCAL_IP;
    private static final Inet4Address DST = FrameTemplate.PEER_IP;

    private static EthernetFrame frame(Packet.Builder payload) {
        return new EthernetFrame.Builder().destination(FrameTemplate.PEER_MAC).source(FrameTemplate.LOCAL_MAC)
                .payload(payload).build();
    }

    private static String field(Dissection d, String layer, String field) {
        return d.layer(layer).orElseThrow(() -> new AssertionError("no layer " + layer + " in\n" + d.toTree()))
                .field(field).orElseThrow(() -> new AssertionError("no field " + field + " in\n" + d.toTree())).value();
    }

    private static int u16(byte[] b, int offset) {
        return ByteBuffer.wrap(b).getShort(offset) & 0xFFFF;
    }

    @Test
    void arpRequestAndReply() throws Exception {
        for (ArpOperation op : new ArpOperation[] {ArpOperation.REQUEST, ArpOperation.REPLY}) {
            ArpPacket.Builder arp = new ArpPacket.Builder().operation(op)
                    .senderMac(FrameTemplate.LOCAL_MAC).senderIp(SRC)
                    .targetMac(op == ArpOperation.REPLY ? FrameTemplate.PEER_MAC : MacAddress.ZERO).targetIp(DST);
            EthernetFrame frame = frame(arp);
            byte[] bytes = frame.toBytes();
            assertEquals(60, bytes.length, "14 + 28 padded to 60");
            assertEquals("0001" + "0800" + "06" + "04" + "000" + op.value(), HexFormat.of().formatHex(bytes, 14, 22));

            ArpPacket parsed = assertInstanceOf(ArpPacket.class, EthernetFrame.parse(bytes).payloadPacket());
            assertEquals(arp.build(), parsed);
            assertEquals(op, parsed.operation());
            assertEquals(SRC, parsed.senderIp());
            assertEquals(DST, parsed.targetIp());
            assertEquals(FrameTemplate.LOCAL_MAC, parsed.senderMac());
            assertArrayEquals(parsed.toBytes(), parsed.toBuilder().build().toBytes());

            Dissection d = FrameDissector.dissect(bytes);
            assertEquals(op + "", field(d, "ARP", "Opcode"));
            assertEquals("10.0.0.1", field(d, "ARP", "Sender IP address"));
            assertEquals("10.0.0.2", field(d, "ARP", "Target IP address"));
            assertEquals("Ethernet (1)", field(d, "ARP", "Hardware type"));
            assertEquals("18 bytes, all zero", field(d, "Padding", "Padding"));
            assertEquals(op == ArpOperation.REQUEST ? "ARP Who has 10.0.0.2? Tell 10.0.0.1" : "ARP 10.0.0.1 is at 02:00:00:00:00:01",
                    d.summary());
        }
    }

    @Test
    void ipv4HeaderFieldsAndChecksum() throws Exception {
        Ipv4Packet.Builder ip = new Ipv4Packet.Builder().source(SRC).destination(DST).ttl(17).identification(0x1234)
                .tos(0x10).dontFragment(false).protocol(IpProtocol.TCP).payload(new byte[] {1, 2, 3, 4});
        Ipv4Packet built = ip.build();
        byte[] bytes = built.toBytes();
        assertEquals(24, bytes.length);
        assertEquals(24, built.totalLength());
        assertEquals(5, built.ihl());
        assertEquals(0, InternetChecksum.of(bytes, 0, 20), "a built header checks out");
        assertTrue(built.isHeaderChecksumCorrect());

        Ipv4Packet parsed = assertInstanceOf(Ipv4Packet.class, EthernetFrame.parse(frame(ip).toBytes()).payloadPacket());
        assertEquals(built, parsed);
        assertEquals(17, parsed.ttl());
        assertEquals(0x1234, parsed.identification());
        assertEquals(0x10, parsed.tos());
        assertFalse(parsed.dontFragment());
        assertEquals(IpProtocol.TCP, parsed.protocol());
        assertInstanceOf(RawPayload.class, parsed.payloadPacket());

        Dissection d = FrameDissector.dissect(frame(ip).toBytes());
        assertEquals("17", field(d, "IPv4", "Time to live"));
        assertEquals("0x1234 (4660)", field(d, "IPv4", "Identification"));
        assertEquals("TCP (6)", field(d, "IPv4", "Protocol"));
        assertEquals("24", field(d, "IPv4", "Total length"));
        assertEquals(String.format("0x%04x (correct)", built.headerChecksum()), field(d, "IPv4", "Header checksum"));
        assertEquals("10.0.0.1 -> 10.0.0.2 IPv4 protocol TCP (6), 4 bytes of data", d.summary());
    }

    @Test
    void ipv4MatchesAnIndependentlyComputedHeader() {
        // Computed with a few lines of Python's struct module: 4500 0021 0000 4000 4011 26ca 0a00 0001 0a00 0002.
        byte[] ip = FrameTemplate.UDP_TO_PORT.newBuilder().build().toBytes();
        assertEquals("45000021000040004011" + "26ca" + "0a0000010a000002", HexFormat.of().formatHex(ip, 14, 34));
    }

    @Test
    void ipv4OptionsAndFlags() throws Exception {
        Ipv4Packet.Builder ip = new Ipv4Packet.Builder().source(SRC).destination(DST).protocol(IpProtocol.of(253))
                .options(new byte[] {1, 1, 1, 0}).moreFragments(true).fragmentOffset(0);
        Ipv4Packet built = ip.build();
        assertEquals(6, built.ihl());
        assertEquals(24, built.headerLength());
        assertTrue(built.isHeaderChecksumCorrect());
        Ipv4Packet parsed = Ipv4Packet.parse(built.toBytes(), 0, built.length());
        assertArrayEquals(new byte[] {1, 1, 1, 0}, parsed.options());
        assertTrue(parsed.isFragment());
        Dissection d = FrameDissector.dissect(frame(ip).toBytes());
        assertEquals("4 bytes: (01 01 01 00)", field(d, "IPv4", "Options"));
        assertEquals("0x3 (Don't fragment, More fragments)", field(d, "IPv4", "Flags"));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Packet.Builder().options(new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Packet.Builder().ttl(256));
    }

    @Test
    void udpLengthAndChecksumWithThePseudoHeader() throws Exception {
        EthernetFrame frame = FrameTemplate.udpToPort(9).build();
        Ipv4Packet ip = (Ipv4Packet) frame.payloadPacket();
        UdpDatagram udp = assertInstanceOf(UdpDatagram.class, ip.payloadPacket());
        assertEquals(13, udp.lengthField());
        assertEquals(0xa324, udp.checksum(), "computed independently with Python");
        assertTrue(udp.isChecksumCorrect());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), udp.data());

        UdpDatagram parsed = (UdpDatagram) ((Ipv4Packet) EthernetFrame.parse(frame.toBytes()).payloadPacket()).payloadPacket();
        assertEquals(udp, parsed);
        assertEquals(1234, parsed.sourcePort());
        assertEquals(9, parsed.destinationPort());
        assertTrue(parsed.isChecksumCorrect());

        Dissection d = FrameDissector.dissect(frame.toBytes());
        assertEquals("1234", field(d, "UDP", "Source port"));
        assertEquals("9", field(d, "UDP", "Destination port"));
        assertEquals("13", field(d, "UDP", "Length"));
        assertEquals("0xa324 (correct)", field(d, "UDP", "Checksum"));
        assertEquals("5 bytes: \"hello\" (68 65 6c 6c 6f)", field(d, "Data", "Data"));
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:9 UDP len=5", d.summary());
        assertFalse(d.hasProblem());
    }

    @Test
    void udpChecksumZeroIsSentAsAllOnes() throws Exception {
        // Choose the last data word so the ones' complement sum becomes 0xffff: the checksum computes to 0.
        byte[] data = new byte[6];
        UdpDatagram.Builder udp = new UdpDatagram.Builder().sourcePort(7).destinationPort(7).payload(data).checksum(0);
        UdpDatagram probe = udp.build(SRC, DST);
        int withZeroWord = UdpDatagram.checksumOf(probe.toBytes(), probe.lengthField(), SRC, DST);
        data[4] = (byte) (withZeroWord >>> 8);
        data[5] = (byte) withZeroWord;
        UdpDatagram datagram = udp.payload(data).checksum(null).build(SRC, DST);
        assertEquals(0xFFFF, datagram.checksum(), "0 means 'no checksum', so a computed 0 goes out as 0xffff");
        assertTrue(datagram.isChecksumCorrect());
        Dissection d = FrameDissector.dissect(frame(new Ipv4Packet.Builder().source(SRC).destination(DST)
                .payload(datagram.toBuilder())).toBytes());
        assertEquals("0xffff (correct)", field(d, "UDP", "Checksum"));
    }

    @Test
    void udpOnItsOwnWithoutAddressesHasNoChecksum() {
        UdpDatagram udp = new UdpDatagram.Builder().sourcePort(1).destinationPort(2).payload(new byte[] {1}).build();
        assertEquals(0, udp.checksum());
        assertTrue(udp.hasNoChecksum());
        assertTrue(udp.correctChecksum().isEmpty());
        UdpDatagram withAddresses = new UdpDatagram.Builder().sourcePort(1).destinationPort(2).payload(new byte[] {1})
                .pseudoHeader(SRC, DST).build();
        assertTrue(withAddresses.isChecksumCorrect());
        Dissection d = FrameDissector.dissect(frame(new Ipv4Packet.Builder().source(SRC).destination(DST)
                .payload(new UdpDatagram.Builder().sourcePort(1).destinationPort(2).checksum(0))).toBytes());
        assertEquals("0x0000 (none; the sender did not compute one)", field(d, "UDP", "Checksum"));
    }

    @Test
    void icmpEchoRequestAndReply() throws Exception {
        for (IcmpType type : new IcmpType[] {IcmpType.ECHO_REQUEST, IcmpType.ECHO_REPLY}) {
            IcmpPacket.Builder icmp = new IcmpPacket.Builder().type(type).identifier(1).sequenceNumber(1)
                    .payload("abcdefghijklmnopqrstuvwabcdefghi".getBytes(StandardCharsets.US_ASCII));
            EthernetFrame frame = frame(new Ipv4Packet.Builder().source(SRC).destination(DST).payload(icmp));
            IcmpPacket built = (IcmpPacket) ((Ipv4Packet) frame.payloadPacket()).payloadPacket();
            assertEquals(0, InternetChecksum.of(built.toBytes(), 0, built.length()), "checksum covers header and data");
            if (type == IcmpType.ECHO_REQUEST) {
                assertEquals(0x4d5a, built.checksum(), "computed independently with Python");
            }
            IcmpPacket parsed = (IcmpPacket) ((Ipv4Packet) EthernetFrame.parse(frame.toBytes()).payloadPacket()).payloadPacket();
            assertEquals(built, parsed);
            assertEquals(type, parsed.type());
            assertEquals(1, parsed.identifier());
            assertEquals(1, parsed.sequenceNumber());
            assertEquals(32, parsed.data().length);

            Dissection d = FrameDissector.dissect(frame.toBytes());
            assertEquals(type.value() + " (" + type.name() + ")", field(d, "ICMP", "Type"));
            assertEquals(String.format("0x%04x (correct)", built.checksum()), field(d, "ICMP", "Checksum"));
            assertEquals("1", field(d, "ICMP", "Sequence number"));
            assertEquals("10.0.0.1 -> 10.0.0.2 ICMP " + type.name() + " id=0x0001, seq=1", d.summary());
        }
    }

    @Test
    void rawPayload() throws Exception {
        EthernetFrame frame = new EthernetFrame.Builder().destination(MacAddress.BROADCAST).source(FrameTemplate.LOCAL_MAC)
                .etherType(EtherType.of(0x88b5)).payload(new byte[] {(byte) 0xde, (byte) 0xad}).padToMinimum(false).build();
        RawPayload payload = assertInstanceOf(RawPayload.class, EthernetFrame.parse(frame.toBytes()).payloadPacket());
        assertArrayEquals(new byte[] {(byte) 0xde, (byte) 0xad}, payload.toBytes());
        Dissection d = FrameDissector.dissect(frame.toBytes());
        assertEquals("2 bytes: (de ad)", field(d, "Data", "Data"));
        assertEquals("EtherType 0x88b5 (unknown) 16 bytes", d.summary());
    }

    @Test
    void deliberatelyWrongIpv4ChecksumIsKeptAndFlagged() throws Exception {
        EthernetFrame.Builder b = FrameTemplate.udpToPort(9);
        ((Ipv4Packet.Builder) b.payloadBuilder()).headerChecksum(0x1234);
        EthernetFrame frame = b.build();
        assertEquals(0x1234, u16(frame.toBytes(), 14 + Ipv4Packet.CHECKSUM_OFFSET));
        Ipv4Packet parsed = (Ipv4Packet) EthernetFrame.parse(frame.toBytes()).payloadPacket();
        assertEquals(0x1234, parsed.headerChecksum());
        assertFalse(parsed.isHeaderChecksumCorrect());
        assertEquals(0x26ca, parsed.correctHeaderChecksum());
        Dissection d = FrameDissector.dissect(frame.toBytes());
        Field checksum = d.layer("IPv4").orElseThrow().field("Header checksum").orElseThrow();
        assertEquals("0x1234 (incorrect, should be 0x26ca)", checksum.value());
        assertTrue(checksum.problem());
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:9 UDP len=5 [bad IPv4 checksum]", d.summary());
        assertArrayEquals(parsed.toBytes(), parsed.toBuilder().build().toBytes(), "toBuilder keeps the wrong checksum");
        assertEquals(0x1234, parsed.toBuilder().build().headerChecksum());
    }

    @Test
    void deliberatelyWrongUdpAndIcmpChecksumsAreKeptAndFlagged() {
        EthernetFrame.Builder b = FrameTemplate.udpToPort(9);
        ((UdpDatagram.Builder) ((Ipv4Packet.Builder) b.payloadBuilder()).payloadBuilder()).checksum(0xbeef);
        Dissection udp = FrameDissector.dissect(b.build().toBytes());
        assertEquals("0xbeef (incorrect, should be 0xa324)", field(udp, "UDP", "Checksum"));
        assertTrue(udp.summary().endsWith("[bad UDP checksum]"), udp.summary());

        EthernetFrame.Builder p = FrameTemplate.ICMP_ECHO_REQUEST.newBuilder();
        ((IcmpPacket.Builder) ((Ipv4Packet.Builder) p.payloadBuilder()).payloadBuilder()).checksum(0);
        Dissection icmp = FrameDissector.dissect(p.build().toBytes());
        assertEquals("0x0000 (incorrect, should be 0x4d5a)", field(icmp, "ICMP", "Checksum"));
        assertTrue(icmp.hasProblem());
    }

    @Test
    void overriddenLengthsAreKept() throws Exception {
        EthernetFrame.Builder b = FrameTemplate.udpToPort(9);
        Ipv4Packet.Builder ip = (Ipv4Packet.Builder) b.payloadBuilder();
        ip.totalLength(100);
        ((UdpDatagram.Builder) ip.payloadBuilder()).length(8);
        byte[] bytes = b.build().toBytes();
        assertEquals(100, u16(bytes, 14 + Ipv4Packet.TOTAL_LENGTH_OFFSET));
        assertEquals(8, u16(bytes, 34 + UdpDatagram.LENGTH_OFFSET));
        Ipv4Packet parsed = (Ipv4Packet) EthernetFrame.parse(bytes).payloadPacket();
        assertTrue(parsed.isHeaderChecksumCorrect(), "the checksum is computed over the overridden length");
        assertTrue(parsed.isTruncated());
        Dissection d = FrameDissector.dissect(bytes);
        assertEquals("100 (only 46 bytes captured)", field(d, "IPv4", "Total length"));
        assertTrue(d.layer("IPv4").orElseThrow().hasProblem());
    }

    @Test
    void malformedPayloadKeepsItsBytes() throws Exception {
        byte[] bytes = FrameTemplate.udpToPort(9).build().toBytes();
        bytes[14 + Ipv4Packet.TOTAL_LENGTH_OFFSET + 1] = 24; // total length 24: only 4 bytes of UDP header
        EthernetFrame frame = EthernetFrame.parse(bytes);
        Ipv4Packet ip = (Ipv4Packet) frame.payloadPacket();
        MalformedPayload m = assertInstanceOf(MalformedPayload.class, ip.payloadPacket());
        assertTrue(m.isTruncated());
        assertEquals("UDP", m.protocol());
        assertEquals(4, m.length());
        assertArrayEquals(bytes, frame.toBytes());
        assertEquals(60 - 14 - 24, frame.padding().length, "the rest after the IPv4 packet is padding");
    }
}
