package dev.socketworkbench.net.frame;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;

/**
 * Ready-made frames for the Raw frames tab. Each returns a fresh builder to edit: reach inner
 * layers through {@link EthernetFrame.Builder#payloadBuilder()} and
 * {@link Ipv4Packet.Builder#payloadBuilder()}.
 * <p>Apart from the seed's frame, the templates use locally administered MAC addresses
 * ({@link #LOCAL_MAC}, {@link #PEER_MAC}) and private addresses {@link #LOCAL_IP} to {@link #PEER_IP},
 * so they mean nothing on anyone's real network.
 */
public enum FrameTemplate {
    /**
     * The frame of the seed "Raw Sockets on Linux", byte for byte:
     * {@code dst_addr + src_addr + ethertype + payload + checksum}, with both addresses
     * 01:02:03:04:05:06 (whose group bit makes it a multicast address), EtherType 0x0801 and
     * {@code "[" * 30 + "PAYLOAD" + "]" * 30}. The seed's "checksum" {@code 1a 2b 3c 4d} sits where the
     * FCS goes, so it is modelled as an overridden FCS; the real FCS would be the CRC-32 of the
     * 81 bytes before it (set {@code fcs(null)} to build that). Sent through an ordinary network card,
     * the card appends its own FCS after these 85 bytes (see {@link FrameCheckSequence}).
     * At 81 bytes before the FCS it needs no padding.
     */
    SEED("Seed frame (Raw Sockets on Linux)") {
        @Override
        public EthernetFrame.Builder newBuilder() {
            MacAddress seedMac = MacAddress.of(new byte[] {1, 2, 3, 4, 5, 6});
            return new EthernetFrame.Builder()
                    .destination(seedMac)
                    .source(seedMac)
                    .etherType(EtherType.SEED_EXAMPLE)
                    .payload(SEED_PAYLOAD.getBytes(StandardCharsets.US_ASCII))
                    .appendFcs(true)
                    .fcsWireBytes(SEED_CHECKSUM.clone());
        }
    },
    /** ARP request broadcast by {@link #LOCAL_IP}: "Who has {@link #PEER_IP}? Tell {@link #LOCAL_IP}". */
    ARP_WHO_HAS("ARP who-has") {
        @Override
        public EthernetFrame.Builder newBuilder() {
            return new EthernetFrame.Builder()
                    .destination(MacAddress.BROADCAST)
                    .source(LOCAL_MAC)
                    .payload(new ArpPacket.Builder()
                            .operation(ArpOperation.REQUEST)
                            .senderMac(LOCAL_MAC).senderIp(LOCAL_IP)
                            .targetMac(MacAddress.ZERO).targetIp(PEER_IP));
        }
    },
    /** IPv4/UDP from {@link #LOCAL_IP}:1234 to {@link #PEER_IP} port 9 (discard), data "hello". */
    UDP_TO_PORT("IPv4/UDP to a port") {
        @Override
        public EthernetFrame.Builder newBuilder() {
            return udpToPort(9);
        }
    },
    /** ICMP echo request (ping) from {@link #LOCAL_IP} to {@link #PEER_IP}, identifier 1, sequence 1. */
    ICMP_ECHO_REQUEST("ICMP echo request") {
        @Override
        public EthernetFrame.Builder newBuilder() {
            return new EthernetFrame.Builder()
                    .destination(PEER_MAC)
                    .source(LOCAL_MAC)
                    .payload(new Ipv4Packet.Builder()
                            .source(LOCAL_IP).destination(PEER_IP)
                            .payload(new IcmpPacket.Builder()
                                    .type(IcmpType.ECHO_REQUEST)
                                    .identifier(1).sequenceNumber(1)
                                    .payload("abcdefghijklmnopqrstuvwabcdefghi".getBytes(StandardCharsets.US_ASCII))));
        }
    };

    /** The seed's payload: {@code "[" * 30 + "PAYLOAD" + "]" * 30}. */
    public static final String SEED_PAYLOAD = "[".repeat(30) + "PAYLOAD" + "]".repeat(30);
    /** The seed's literal trailing "checksum" bytes. */
    private static final byte[] SEED_CHECKSUM = {0x1a, 0x2b, 0x3c, 0x4d};

    /** The templates' sender: a locally administered unicast address. */
    public static final MacAddress LOCAL_MAC = MacAddress.of(new byte[] {2, 0, 0, 0, 0, 1});
    /** The templates' receiver. */
    public static final MacAddress PEER_MAC = MacAddress.of(new byte[] {2, 0, 0, 0, 0, 2});
    public static final Inet4Address LOCAL_IP = Ipv4Addresses.literal("10.0.0.1");
    public static final Inet4Address PEER_IP = Ipv4Addresses.literal("10.0.0.2");

    private final String displayName;

    FrameTemplate(String displayName) {
        this.displayName = displayName;
    }

    /** A fresh builder holding the template. */
    public abstract EthernetFrame.Builder newBuilder();

    /** The name for a drop-down. */
    public String displayName() {
        return displayName;
    }

    /** The seed's literal "checksum" as its four wire bytes, {@code 1a 2b 3c 4d}. */
    public static byte[] seedChecksum() {
        return SEED_CHECKSUM.clone();
    }

    /** IPv4/UDP from {@link #LOCAL_IP}:1234 to {@link #PEER_IP}:{@code port}, data "hello". */
    public static EthernetFrame.Builder udpToPort(int port) {
        return new EthernetFrame.Builder()
                .destination(PEER_MAC)
                .source(LOCAL_MAC)
                .payload(new Ipv4Packet.Builder()
                        .source(LOCAL_IP).destination(PEER_IP)
                        .payload(new UdpDatagram.Builder()
                                .sourcePort(1234).destinationPort(port)
                                .payload("hello".getBytes(StandardCharsets.US_ASCII))));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
