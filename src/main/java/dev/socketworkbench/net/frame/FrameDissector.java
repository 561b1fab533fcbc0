package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.payload.HexDump;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns any bytes into the layers and fields of an Ethernet frame, for the Raw frames tab's tree
 * and hex views: Ethernet II, 802.1Q, ARP, IPv4 (header checksum verified), UDP (checksum verified
 * with the pseudo-header), ICMP, and whatever is left as "Data", "Padding" or "Truncated".
 * It never throws and never drops a byte: every byte of the input belongs to exactly one layer.
 * Reading is done by the packets' own {@code parse} methods; this class only presents the result.
 */
public final class FrameDissector {
    private static final int PREVIEW_BYTES = 16;
    private static final int PREVIEW_TEXT = 48;

    private final byte[] data;
    private final List<Layer> layers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private FrameDissector(byte[] data) {
        this.data = data;
    }

    /** Dissects a frame without an FCS, as a raw socket or a capture normally delivers it. */
    public static Dissection dissect(byte[] frame) {
        return dissect(frame, false);
    }

    /** Dissects a frame; {@code withFcs} says its last four bytes are the FCS, which is then verified. */
    public static Dissection dissect(byte[] frame, boolean withFcs) {
        byte[] data = frame == null ? new byte[0] : frame.clone();
        FrameDissector d = new FrameDissector(data);
        String summary = d.frame(withFcs);
        if (!d.problems.isEmpty()) {
            summary += " [" + String.join(", ", d.problems) + "]";
        }
        return new Dissection(data, d.layers, summary);
    }

    private String frame(boolean withFcs) {
        EthernetFrame frame;
        try {
            frame = EthernetFrame.parse(data, 0, data.length, withFcs);
        } catch (MalformedDataException e) {
            if (data.length == 0) {
                return "Empty frame: 0 bytes";
            }
            malformed("Ethernet", true, e.getMessage(), 0, data.length);
            return "Truncated frame: " + data.length + " bytes, too short for an Ethernet header"
                    + (withFcs ? " and FCS" : "");
        }
        String info = ethernet(frame);
        int pos = frame.headerLength() + frame.payloadPacket().length();
        byte[] padding = frame.padding();
        if (padding.length > 0) {
            boolean zeros = Arrays.equals(padding, new byte[padding.length]);
            String name = zeros ? "Padding" : "Trailer";
            layers.add(new Layer(name, name + " (" + padding.length + " bytes)", pos, padding.length,
                    List.of(new Field(name, zeros ? padding.length + " bytes, all zero" : preview(pos, padding.length),
                            pos, padding.length, false))));
            pos += padding.length;
        }
        if (frame.fcs().isPresent()) {
            int sent = frame.fcs().getAsInt();
            int correct = frame.correctFcs();
            boolean ok = sent == correct;
            // Shown in wire order, as Wireshark shows it; the CRC-32 as a number is the byte-swapped value.
            String value = wireOrder(sent) + (ok ? " (correct)" : " (incorrect, should be " + wireOrder(correct) + ")");
            if (!ok) {
                problems.add("bad FCS");
            }
            layers.add(new Layer("FCS", "Frame check sequence: " + (ok ? "correct" : "incorrect"), pos, FrameCheckSequence.SIZE, List.of(
                    new Field("Frame check sequence", value, pos, FrameCheckSequence.SIZE, !ok),
                    new Field("CRC-32 value", FrameCheckSequence.format(sent) + " (sent least significant byte first)",
                            pos, FrameCheckSequence.SIZE, false))));
        }
        return info;
    }

    private String ethernet(EthernetFrame frame) {
        int outerType = (data[EthernetFrame.TYPE_OFFSET] & 0xFF) << 8 | (data[EthernetFrame.TYPE_OFFSET + 1] & 0xFF);
        boolean lengthField = outerType < EtherType.MIN_VALUE;
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Destination", mac(frame.destination()), EthernetFrame.DESTINATION_OFFSET, MacAddress.SIZE, false));
        fields.add(new Field("Source", mac(frame.source()), EthernetFrame.SOURCE_OFFSET, MacAddress.SIZE, false));
        fields.add(lengthField
                ? new Field("Length", outerType + " (an IEEE 802.3 length, not an EtherType)", EthernetFrame.TYPE_OFFSET, 2, false)
                : new Field("Type", EtherType.of(outerType).toString(), EthernetFrame.TYPE_OFFSET, 2, false));
        layers.add(new Layer(lengthField ? "IEEE 802.3" : "Ethernet II", (lengthField ? "IEEE 802.3 Ethernet" : "Ethernet II")
                + ", Src: " + frame.source() + ", Dst: " + frame.destination(), 0, EthernetFrame.HEADER_SIZE, fields));
        String prefix = "";
        if (frame.vlanTag().isPresent()) {
            VlanTag tag = frame.vlanTag().get();
            int tci = EthernetFrame.TCI_OFFSET;
            layers.add(new Layer("802.1Q", "802.1Q Virtual LAN, PRI: " + tag.priority() + ", DEI: " + (tag.dropEligible() ? 1 : 0)
                    + ", ID: " + tag.vlanId(), tci, VlanTag.SIZE, List.of(
                    new Field("Priority (PCP)", Integer.toString(tag.priority()), tci, 2, false),
                    new Field("Drop eligible (DEI)", tag.dropEligible() ? "1 (eligible)" : "0 (not eligible)", tci, 2, false),
                    new Field("VLAN ID", Integer.toString(tag.vlanId()), tci, 2, false),
                    new Field("Type", frame.etherType().toString(), EthernetFrame.TAGGED_TYPE_OFFSET, 2, false))));
            prefix = "VLAN " + tag.vlanId() + ": ";
        }
        int pos = frame.headerLength();
        Packet payload = frame.payloadPacket();
        String info = switch (payload) {
            case ArpPacket arp -> arp(arp, pos);
            case Ipv4Packet ip -> ipv4(ip, pos);
            case MalformedPayload m -> malformed(m, pos);
            default -> {
                data("Data", pos, payload.length());
                EtherType type = frame.etherType();
                yield lengthField
                        ? "IEEE 802.3 frame, length field " + outerType + ", " + data.length + " bytes"
                        : "EtherType " + type.formattedValue() + " (" + (type.isKnown() ? type.name() : "unknown") + ") "
                        + data.length + " bytes";
            }
        };
        return prefix + info;
    }

    private String arp(ArpPacket arp, int base) {
        String sender = arp.senderIp().getHostAddress();
        String target = arp.targetIp().getHostAddress();
        int hw = arp.hardwareType();
        layers.add(new Layer("ARP", "Address Resolution Protocol (" + arp.operation().name() + ")", base, ArpPacket.SIZE, List.of(
                new Field("Hardware type", (hw == ArpPacket.HARDWARE_TYPE_ETHERNET ? "Ethernet" : "unknown") + " (" + hw + ")",
                        base + ArpPacket.HARDWARE_TYPE_OFFSET, 2, false),
                new Field("Protocol type", arp.protocolType().toString(), base + ArpPacket.PROTOCOL_TYPE_OFFSET, 2, false),
                new Field("Hardware size", Integer.toString(MacAddress.SIZE), base + ArpPacket.HARDWARE_SIZE_OFFSET, 1, false),
                new Field("Protocol size", Integer.toString(Ipv4Addresses.SIZE), base + ArpPacket.PROTOCOL_SIZE_OFFSET, 1, false),
                new Field("Opcode", arp.operation().toString(), base + ArpPacket.OPERATION_OFFSET, 2, false),
                new Field("Sender MAC address", mac(arp.senderMac()), base + ArpPacket.SENDER_MAC_OFFSET, MacAddress.SIZE, false),
                new Field("Sender IP address", sender, base + ArpPacket.SENDER_IP_OFFSET, Ipv4Addresses.SIZE, false),
                new Field("Target MAC address", mac(arp.targetMac()), base + ArpPacket.TARGET_MAC_OFFSET, MacAddress.SIZE, false),
                new Field("Target IP address", target, base + ArpPacket.TARGET_IP_OFFSET, Ipv4Addresses.SIZE, false))));
        if (arp.operation().equals(ArpOperation.REQUEST)) {
            return "ARP Who has " + target + "? Tell " + sender;
        }
        if (arp.operation().equals(ArpOperation.REPLY)) {
            return "ARP " + sender + " is at " + arp.senderMac();
        }
        return "ARP opcode " + arp.operation().value() + " from " + sender + " to " + target;
    }

    private String ipv4(Ipv4Packet ip, int base) {
        int header = ip.headerLength();
        String src = ip.source().getHostAddress();
        String dst = ip.destination().getHostAddress();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Version", Integer.toString(ip.version()), base, 1, false));
        fields.add(new Field("Header length", header + " bytes (" + ip.ihl() + ")", base, 1, false));
        fields.add(new Field("Type of service", String.format("0x%02x", ip.tos()), base + Ipv4Packet.TOS_OFFSET, 1, false));
        boolean badTotal = ip.isTruncated() || ip.totalLength() < header;
        String total = ip.totalLength() + (ip.isTruncated() ? " (only " + ip.length() + " bytes captured)"
                : ip.totalLength() < header ? " (less than the " + header + "-byte header)" : "");
        fields.add(new Field("Total length", total, base + Ipv4Packet.TOTAL_LENGTH_OFFSET, 2, badTotal));
        fields.add(new Field("Identification", String.format("0x%04x (%d)", ip.identification(), ip.identification()),
                base + Ipv4Packet.IDENTIFICATION_OFFSET, 2, false));
        fields.add(new Field("Flags", String.format("0x%d", ip.flags()) + flagNames(ip),
                base + Ipv4Packet.FLAGS_AND_FRAGMENT_OFFSET_OFFSET, 1, false));
        fields.add(new Field("Fragment offset", ip.fragmentOffset() + (ip.fragmentOffset() == 0 ? "" : " (" + ip.fragmentOffset() * 8 + " bytes)"),
                base + Ipv4Packet.FLAGS_AND_FRAGMENT_OFFSET_OFFSET, 2, false));
        fields.add(new Field("Time to live", Integer.toString(ip.ttl()), base + Ipv4Packet.TTL_OFFSET, 1, false));
        fields.add(new Field("Protocol", ip.protocol().name() + " (" + ip.protocol().value() + ")", base + Ipv4Packet.PROTOCOL_OFFSET, 1, false));
        int correct = ip.correctHeaderChecksum();
        boolean ok = ip.headerChecksum() == correct;
        if (!ok) {
            problems.add("bad IPv4 checksum");
        }
        fields.add(new Field("Header checksum", checksumStatus(ip.headerChecksum(), OptionalInt.of(correct)),
                base + Ipv4Packet.CHECKSUM_OFFSET, 2, !ok));
        fields.add(new Field("Source address", src, base + Ipv4Packet.SOURCE_OFFSET, Ipv4Addresses.SIZE, false));
        fields.add(new Field("Destination address", dst, base + Ipv4Packet.DESTINATION_OFFSET, Ipv4Addresses.SIZE, false));
        if (header > Ipv4Packet.MIN_HEADER_SIZE) {
            fields.add(new Field("Options", preview(base + Ipv4Packet.OPTIONS_OFFSET, header - Ipv4Packet.MIN_HEADER_SIZE),
                    base + Ipv4Packet.OPTIONS_OFFSET, header - Ipv4Packet.MIN_HEADER_SIZE, false));
        }
        layers.add(new Layer("IPv4", "Internet Protocol Version 4, Src: " + src + ", Dst: " + dst, base, header, fields));
        int pos = base + header;
        Packet payload = ip.payloadPacket();
        String addresses = src + " -> " + dst + " ";
        String info = switch (payload) {
            case UdpDatagram udp -> udp(udp, pos, ip);
            case IcmpPacket icmp -> addresses + icmp(icmp, pos, ip);
            case MalformedPayload m -> addresses + malformed(m, pos);
            default -> {
                data(ip.isFragment() ? "Fragment data" : "Data", pos, payload.length());
                yield addresses + (ip.isFragment()
                        ? "IPv4 fragment of protocol " + ip.protocol() + ", offset " + ip.fragmentOffset() * 8
                        + (ip.moreFragments() ? ", more follow" : ", last")
                        : "IPv4 protocol " + ip.protocol() + ", " + payload.length() + " bytes of data");
            }
        };
        int after = pos + payload.length();
        int gap = base + ip.length() - after;
        if (gap > 0) {
            data("Data", after, gap);
        }
        return info;
    }

    private static String flagNames(Ipv4Packet ip) {
        List<String> names = new ArrayList<>();
        if ((ip.flags() & Ipv4Packet.FLAG_RESERVED) != 0) {
            names.add("Reserved bit set");
        }
        if (ip.dontFragment()) {
            names.add("Don't fragment");
        }
        if (ip.moreFragments()) {
            names.add("More fragments");
        }
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }

    private String udp(UdpDatagram udp, int base, Ipv4Packet ip) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Source port", Integer.toString(udp.sourcePort()), base + UdpDatagram.SOURCE_PORT_OFFSET, 2, false));
        fields.add(new Field("Destination port", Integer.toString(udp.destinationPort()), base + UdpDatagram.DESTINATION_PORT_OFFSET, 2, false));
        boolean shortLength = udp.lengthField() < UdpDatagram.HEADER_SIZE;
        String length = udp.lengthField() + (udp.isTruncated() ? " (only " + udp.length() + " bytes captured)"
                : shortLength ? " (less than the 8-byte header)" : "");
        fields.add(new Field("Length", length, base + UdpDatagram.LENGTH_OFFSET, 2, udp.isTruncated() || shortLength));
        String checksum;
        boolean bad = false;
        if (udp.hasNoChecksum()) {
            checksum = "0x0000 (none; the sender did not compute one)";
        } else if (udp.isTruncated() || ip.isTruncated()) {
            checksum = String.format("0x%04x (unverified, datagram truncated)", udp.checksum());
        } else {
            checksum = checksumStatus(udp.checksum(), udp.correctChecksum());
            bad = !udp.isChecksumCorrect();
            if (bad) {
                problems.add("bad UDP checksum");
            }
        }
        fields.add(new Field("Checksum", checksum, base + UdpDatagram.CHECKSUM_OFFSET, 2, bad));
        layers.add(new Layer("UDP", "User Datagram Protocol, Src Port: " + udp.sourcePort() + ", Dst Port: " + udp.destinationPort(),
                base, UdpDatagram.HEADER_SIZE, fields));
        int dataLength = udp.length() - UdpDatagram.HEADER_SIZE;
        data("Data", base + UdpDatagram.HEADER_SIZE, dataLength);
        return ip.source().getHostAddress() + ":" + udp.sourcePort() + " -> " + ip.destination().getHostAddress() + ":"
                + udp.destinationPort() + " UDP len=" + dataLength;
    }

    private String icmp(IcmpPacket icmp, int base, Ipv4Packet ip) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Type", icmp.type().value() + " (" + icmp.type().name() + ")", base + IcmpPacket.TYPE_OFFSET, 1, false));
        fields.add(new Field("Code", Integer.toString(icmp.code()), base + IcmpPacket.CODE_OFFSET, 1, false));
        boolean bad = false;
        String checksum;
        if (ip.isTruncated()) {
            checksum = String.format("0x%04x (unverified, message truncated)", icmp.checksum());
        } else {
            checksum = checksumStatus(icmp.checksum(), OptionalInt.of(icmp.correctChecksum()));
            bad = !icmp.isChecksumCorrect();
            if (bad) {
                problems.add("bad ICMP checksum");
            }
        }
        fields.add(new Field("Checksum", checksum, base + IcmpPacket.CHECKSUM_OFFSET, 2, bad));
        String info = "ICMP " + icmp.type().name() + (icmp.type().isKnown() ? "" : " type " + icmp.type().value());
        if (icmp.type().isEcho()) {
            fields.add(new Field("Identifier", String.format("0x%04x (%d)", icmp.identifier(), icmp.identifier()),
                    base + IcmpPacket.IDENTIFIER_OFFSET, 2, false));
            fields.add(new Field("Sequence number", Integer.toString(icmp.sequenceNumber()), base + IcmpPacket.SEQUENCE_OFFSET, 2, false));
            info += String.format(" id=0x%04x, seq=%d", icmp.identifier(), icmp.sequenceNumber());
        } else {
            fields.add(new Field("Rest of header", preview(base + IcmpPacket.IDENTIFIER_OFFSET, 4), base + IcmpPacket.IDENTIFIER_OFFSET, 4, false));
        }
        layers.add(new Layer("ICMP", "Internet Control Message Protocol, " + icmp.type().name(), base, IcmpPacket.HEADER_SIZE, fields));
        data("Data", base + IcmpPacket.HEADER_SIZE, icmp.length() - IcmpPacket.HEADER_SIZE);
        return info;
    }

    private String malformed(MalformedPayload m, int base) {
        malformed(m.protocol(), m.isTruncated(), m.reason(), base, m.length());
        return (m.isTruncated() ? "Truncated " : "Malformed ") + m.protocol() + ": " + m.length() + (m.length() == 1 ? " byte" : " bytes");
    }

    private void malformed(String protocol, boolean truncated, String reason, int offset, int length) {
        if (length == 0) {
            return;
        }
        String name = truncated ? "Truncated" : "Malformed";
        layers.add(new Layer(name, name + " " + protocol + ": " + reason, offset, length,
                List.of(new Field(name + " " + protocol + " data", preview(offset, length), offset, length, true))));
    }

    /** A "Data" layer over {@code length} bytes, unless there are none. */
    private void data(String name, int offset, int length) {
        if (length <= 0) {
            return;
        }
        layers.add(new Layer(name, name + " (" + length + " bytes)", offset, length,
                List.of(new Field(name, preview(offset, length), offset, length, false))));
    }

    /** {@code 5 bytes: "hello" (68 65 6c 6c 6f)}: text only if all printable, cut after 48 characters and 16 bytes of hex. */
    private String preview(int offset, int length) {
        byte[] slice = Arrays.copyOfRange(data, offset, offset + length);
        String hex = HexDump.spaced(Arrays.copyOf(slice, Math.min(length, PREVIEW_BYTES))) + (length > PREVIEW_BYTES ? " ..." : "");
        boolean printable = true;
        for (byte b : slice) {
            printable &= b >= 0x20 && b < 0x7f;
        }
        String text = !printable ? "" : "\"" + new String(slice, 0, Math.min(length, PREVIEW_TEXT), StandardCharsets.US_ASCII)
                + (length > PREVIEW_TEXT ? "...\" " : "\" ");
        return length + (length == 1 ? " byte: " : " bytes: ") + text + "(" + hex + ")";
    }

    private static String checksumStatus(int sent, OptionalInt correct) {
        if (correct.isEmpty()) {
            return String.format("0x%04x (unverified)", sent);
        }
        return sent == correct.getAsInt()
                ? String.format("0x%04x (correct)", sent)
                : String.format("0x%04x (incorrect, should be 0x%04x)", sent, correct.getAsInt());
    }

    private static String wireOrder(int fcs) {
        return FrameCheckSequence.format(Integer.reverseBytes(fcs));
    }

    private static String mac(MacAddress mac) {
        return mac + " (" + mac.kind() + ")";
    }
}
