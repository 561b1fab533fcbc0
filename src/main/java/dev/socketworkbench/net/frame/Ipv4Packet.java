package dev.socketworkbench.net.frame;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 packet (RFC 791). The builder works out the header length, total length, protocol and
 * header checksum; each can be overridden, for example with a wrong checksum to see a receiver
 * (or the dissector) reject it.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |R|D|M|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Options (0-40 bytes)                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * IHL is the header length in 32-bit words; flags are R (reserved), D (don't fragment), M (more
 * fragments); the fragment offset counts 8-byte units; the checksum covers the header only.
 */
public final class Ipv4Packet extends WirePacket {
    public static final int VERSION_AND_IHL_OFFSET = 0;
    public static final int TOS_OFFSET = 1;
    public static final int TOTAL_LENGTH_OFFSET = 2;
    public static final int IDENTIFICATION_OFFSET = 4;
    public static final int FLAGS_AND_FRAGMENT_OFFSET_OFFSET = 6;
    public static final int TTL_OFFSET = 8;
    public static final int PROTOCOL_OFFSET = 9;
    public static final int CHECKSUM_OFFSET = 10;
    public static final int SOURCE_OFFSET = 12;
    public static final int DESTINATION_OFFSET = 16;
    public static final int OPTIONS_OFFSET = 20;
    public static final int MIN_HEADER_SIZE = 20;
    public static final int MAX_OPTIONS_SIZE = 40;

    static final int FLAG_RESERVED = 0x4;
    static final int FLAG_DONT_FRAGMENT = 0x2;
    static final int FLAG_MORE_FRAGMENTS = 0x1;

    private final int version;
    private final int ihl;
    private final int tos;
    private final int totalLength;
    private final int identification;
    private final int flags;
    private final int fragmentOffset;
    private final int ttl;
    private final IpProtocol protocol;
    private final int headerChecksum;
    private final Inet4Address source;
    private final Inet4Address destination;
    private final int headerSize;
    private final Packet payload;

    private Ipv4Packet(byte[] raw, int headerSize, Packet payload) {
        super(raw);
        ByteBuffer buf = ByteBuffer.wrap(raw);
        this.version = (raw[VERSION_AND_IHL_OFFSET] & 0xFF) >>> 4;
        this.ihl = raw[VERSION_AND_IHL_OFFSET] & 0x0F;
        this.tos = raw[TOS_OFFSET] & 0xFF;
        this.totalLength = buf.getShort(TOTAL_LENGTH_OFFSET) & 0xFFFF;
        this.identification = buf.getShort(IDENTIFICATION_OFFSET) & 0xFFFF;
        int ff = buf.getShort(FLAGS_AND_FRAGMENT_OFFSET_OFFSET) & 0xFFFF;
        this.flags = ff >>> 13;
        this.fragmentOffset = ff & 0x1FFF;
        this.ttl = raw[TTL_OFFSET] & 0xFF;
        this.protocol = IpProtocol.of(raw[PROTOCOL_OFFSET] & 0xFF);
        this.headerChecksum = buf.getShort(CHECKSUM_OFFSET) & 0xFFFF;
        this.source = Ipv4Addresses.of(raw, SOURCE_OFFSET);
        this.destination = Ipv4Addresses.of(raw, DESTINATION_OFFSET);
        this.headerSize = headerSize;
        this.payload = payload;
    }

    /**
     * Reads the packet at {@code offset}. It ends where its total length says, or where the data
     * ends if that is earlier ({@link #isTruncated()}); a payload that cannot be read becomes a
     * {@link MalformedPayload}, and a fragment's payload stays raw.
     */
    public static Ipv4Packet parse(byte[] data, int offset, int length) throws MalformedDataException {
        if (length < MIN_HEADER_SIZE) {
            throw MalformedDataException.tooShort("IPv4", MIN_HEADER_SIZE, data, offset, length);
        }
        int version = (data[offset] & 0xFF) >>> 4;
        int header = (data[offset] & 0x0F) * 4;
        if (version != 4) {
            throw new MalformedDataException("IPv4", false, "The packet says it is IP version " + version
                    + ", not 4, so it cannot be read as IPv4.", data, offset, length);
        }
        if (header < MIN_HEADER_SIZE) {
            throw new MalformedDataException("IPv4", false, "The IPv4 header length field says " + header
                    + " bytes, less than the minimum of 20.", data, offset, length);
        }
        if (header > length) {
            throw MalformedDataException.tooShort("IPv4", header, data, offset, length);
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        int total = buf.getShort(offset + TOTAL_LENGTH_OFFSET) & 0xFFFF;
        int end = Math.max(header, Math.min(total, length));
        int ff = buf.getShort(offset + FLAGS_AND_FRAGMENT_OFFSET_OFFSET) & 0xFFFF;
        boolean fragment = (ff & 0x1FFF) != 0 || (ff >>> 13 & FLAG_MORE_FRAGMENTS) != 0;
        Inet4Address src = Ipv4Addresses.of(data, offset + SOURCE_OFFSET);
        Inet4Address dst = Ipv4Addresses.of(data, offset + DESTINATION_OFFSET);
        int start = offset + header;
        int size = end - header;
        Packet payload;
        try {
            int proto = data[offset + PROTOCOL_OFFSET] & 0xFF;
            if (!fragment && proto == IpProtocol.UDP.value()) {
                payload = UdpDatagram.parse(data, start, size, src, dst);
            } else if (!fragment && proto == IpProtocol.ICMP.value()) {
                payload = IcmpPacket.parse(data, start, size);
            } else {
                payload = RawPayload.of(data, start, size);
            }
        } catch (MalformedDataException e) {
            payload = new MalformedPayload(e);
        }
        return new Ipv4Packet(Arrays.copyOfRange(data, offset, offset + end), header, payload);
    }

    /** 4, unless overridden. */
    public int version() {
        return version;
    }

    /** The header length field, in 32-bit words (5 without options). */
    public int ihl() {
        return ihl;
    }

    /** Bytes of header this packet actually has (20 plus options). */
    public int headerLength() {
        return headerSize;
    }

    /** Type of service (DSCP and ECN). */
    public int tos() {
        return tos;
    }

    /** The total length field: header plus payload, in bytes. */
    public int totalLength() {
        return totalLength;
    }

    public int identification() {
        return identification;
    }

    /** The three flag bits: reserved, don't fragment, more fragments. */
    public int flags() {
        return flags;
    }

    public boolean dontFragment() {
        return (flags & FLAG_DONT_FRAGMENT) != 0;
    }

    public boolean moreFragments() {
        return (flags & FLAG_MORE_FRAGMENTS) != 0;
    }

    /** In 8-byte units. */
    public int fragmentOffset() {
        return fragmentOffset;
    }

    public int ttl() {
        return ttl;
    }

    public IpProtocol protocol() {
        return protocol;
    }

    public int headerChecksum() {
        return headerChecksum;
    }

    /** The checksum the header should carry. */
    public int correctHeaderChecksum() {
        byte[] header = Arrays.copyOf(raw, headerSize);
        header[CHECKSUM_OFFSET] = 0;
        header[CHECKSUM_OFFSET + 1] = 0;
        return InternetChecksum.of(header, 0, headerSize);
    }

    public boolean isHeaderChecksumCorrect() {
        return headerChecksum == correctHeaderChecksum();
    }

    public Inet4Address source() {
        return source;
    }

    public Inet4Address destination() {
        return destination;
    }

    /** The options bytes between the fixed header and the payload (usually none). */
    public byte[] options() {
        return Arrays.copyOfRange(raw, MIN_HEADER_SIZE, headerSize);
    }

    /** True if the total length promises more bytes than there were. */
    public boolean isTruncated() {
        return totalLength > raw.length;
    }

    /** True if this is one fragment of a larger packet, so its payload is not a whole UDP or ICMP message. */
    public boolean isFragment() {
        return fragmentOffset != 0 || moreFragments();
    }

    public Packet payloadPacket() {
        return payload;
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.of(payload);
    }

    /** A builder with every field, including the lengths and checksum, kept as they are. */
    @Override
    public Builder toBuilder() {
        return new Builder().version(version).headerLength(ihl).tos(tos).totalLength(totalLength)
                .identification(identification).reservedFlag((flags & FLAG_RESERVED) != 0).dontFragment(dontFragment())
                .moreFragments(moreFragments()).fragmentOffset(fragmentOffset).ttl(ttl).protocol(protocol)
                .headerChecksum(headerChecksum).source(source).destination(destination).options(options())
                .payload(payload.toBuilder());
    }

    @Override
    public String toString() {
        return "Ipv4Packet[" + source.getHostAddress() + " -> " + destination.getHostAddress() + " " + protocol
                + ", ttl " + ttl + ", " + raw.length + " bytes]";
    }

    /**
     * Collects an IPv4 packet. Defaults: version 4, TTL 64, don't fragment set, identification 0,
     * no options. The protocol follows from a UDP or ICMP payload unless set; a UDP payload's
     * checksum is computed over this packet's addresses.
     */
    public static final class Builder implements Packet.Builder {
        private int version = 4;
        private Integer ihl;
        private int tos;
        private Integer totalLength;
        private int identification;
        private boolean reservedFlag;
        private boolean dontFragment = true;
        private boolean moreFragments;
        private int fragmentOffset;
        private int ttl = 64;
        private IpProtocol protocol;
        private Integer headerChecksum;
        private Inet4Address source;
        private Inet4Address destination;
        private byte[] options = new byte[0];
        private Packet.Builder payload = new RawPayload.Builder();

        public Builder version(int version) {
            this.version = HeaderNumbers.checkRange("The IP version", version, 15);
            return this;
        }

        /** The IHL field in 32-bit words instead of the real header length, or null to compute it. */
        public Builder headerLength(Integer words) {
            this.ihl = HeaderNumbers.checkOverride("The IHL", words, 15);
            return this;
        }

        public Builder tos(int tos) {
            this.tos = HeaderNumbers.checkRange("The type of service", tos, 0xFF);
            return this;
        }

        /** The total length field instead of the real length, or null to compute it. */
        public Builder totalLength(Integer totalLength) {
            this.totalLength = HeaderNumbers.checkOverride("The total length", totalLength, 0xFFFF);
            return this;
        }

        public Builder identification(int identification) {
            this.identification = HeaderNumbers.checkRange("The identification", identification, 0xFFFF);
            return this;
        }

        /** The reserved flag bit, which must be zero on a real network. */
        public Builder reservedFlag(boolean on) {
            this.reservedFlag = on;
            return this;
        }

        public Builder dontFragment(boolean on) {
            this.dontFragment = on;
            return this;
        }

        public Builder moreFragments(boolean on) {
            this.moreFragments = on;
            return this;
        }

        /** In 8-byte units. */
        public Builder fragmentOffset(int units) {
            this.fragmentOffset = HeaderNumbers.checkRange("The fragment offset", units, 0x1FFF);
            return this;
        }

        public Builder ttl(int ttl) {
            this.ttl = HeaderNumbers.checkRange("The TTL", ttl, 0xFF);
            return this;
        }

        /** The protocol number, or null to take it from a UDP or ICMP payload. */
        public Builder protocol(IpProtocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /** The header checksum to send instead of the correct one, or null to compute it. */
        public Builder headerChecksum(Integer checksum) {
            this.headerChecksum = HeaderNumbers.checkOverride("The header checksum", checksum, 0xFFFF);
            return this;
        }

        public Builder source(Inet4Address source) {
            this.source = source;
            return this;
        }

        public Builder destination(Inet4Address destination) {
            this.destination = destination;
            return this;
        }

        /** Option bytes, a multiple of 4 up to 40 (pad with zeros, the end-of-options option). */
        public Builder options(byte[] options) {
            if (options.length % 4 != 0 || options.length > MAX_OPTIONS_SIZE) {
                throw new IllegalArgumentException("IPv4 options must be a multiple of 4 bytes, at most 40, not " + options.length);
            }
            this.options = options.clone();
            return this;
        }

        public Builder payload(Packet.Builder payload) {
            this.payload = Objects.requireNonNull(payload, "payload");
            return this;
        }

        public Builder payload(byte[] data) {
            return payload(new RawPayload.Builder().data(data));
        }

        /** The payload's builder, to edit a template's inner layers. */
        public Packet.Builder payloadBuilder() {
            return payload;
        }

        @Override
        public Ipv4Packet build() {
            if (source == null || destination == null) {
                throw new IllegalStateException("Set the source and destination IPv4 addresses before building an IPv4 packet.");
            }
            Packet p = payload instanceof UdpDatagram.Builder udp ? udp.build(source, destination) : payload.build();
            IpProtocol proto = protocol != null ? protocol : switch (p) {
                case UdpDatagram u -> IpProtocol.UDP;
                case IcmpPacket i -> IpProtocol.ICMP;
                default -> throw new IllegalStateException("Set the IP protocol: the payload is raw data, so it cannot be worked out.");
            };
            int header = MIN_HEADER_SIZE + options.length;
            byte[] raw = new byte[header + p.length()];
            ByteBuffer buf = ByteBuffer.wrap(raw);
            raw[VERSION_AND_IHL_OFFSET] = (byte) (version << 4 | (ihl != null ? ihl : header / 4));
            raw[TOS_OFFSET] = (byte) tos;
            buf.putShort(TOTAL_LENGTH_OFFSET, (short) (totalLength != null ? totalLength : raw.length));
            buf.putShort(IDENTIFICATION_OFFSET, (short) identification);
            int flags = (reservedFlag ? FLAG_RESERVED : 0) | (dontFragment ? FLAG_DONT_FRAGMENT : 0)
                    | (moreFragments ? FLAG_MORE_FRAGMENTS : 0);
            buf.putShort(FLAGS_AND_FRAGMENT_OFFSET_OFFSET, (short) (flags << 13 | fragmentOffset));
            raw[TTL_OFFSET] = (byte) ttl;
            raw[PROTOCOL_OFFSET] = (byte) proto.value();
            System.arraycopy(source.getAddress(), 0, raw, SOURCE_OFFSET, Ipv4Addresses.SIZE);
            System.arraycopy(destination.getAddress(), 0, raw, DESTINATION_OFFSET, Ipv4Addresses.SIZE);
            System.arraycopy(options, 0, raw, OPTIONS_OFFSET, options.length);
            buf.putShort(CHECKSUM_OFFSET, (short) (headerChecksum != null ? headerChecksum : InternetChecksum.of(raw, 0, header)));
            System.arraycopy(p.toBytes(), 0, raw, header, p.length());
            return new Ipv4Packet(raw, header, p);
        }
    }
}
