package dev.socketworkbench.net.frame;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An Ethernet II frame from the destination address to the frame check sequence, the thing the
 * seed "Raw Sockets on Linux" writes to an {@code AF_PACKET} socket. (The preamble and start
 * delimiter are added by the network card and never seen by software.)
 * <pre>
 * offset  size
 *   0       6   +-------------------------------------------+
 *               |  destination MAC address                  |
 *   6       6   |  source MAC address                       |
 *  (12      4   |  802.1Q tag: TPID 0x8100, PCP/DEI/VLAN ID |  only in a tagged frame)
 *  12       2   |  EtherType                                |
 *  14    0-1500 |  payload (ARP, IPv4, raw data ...)        |
 *               |  padding: zeros up to 60 bytes            |
 *  end-4    4   |  FCS: CRC-32, least significant byte first|  usually added by the NIC
 *               +-------------------------------------------+
 * </pre>
 * Offsets after the tag move on by {@link VlanTag#SIZE}. The minimum frame is 64 bytes with the FCS,
 * so 60 without it; a shorter frame is padded with zeros (which the operating system or NIC would
 * otherwise do). See {@link FrameCheckSequence} for why the FCS is normally left to the NIC.
 */
public final class EthernetFrame extends WirePacket {
    public static final int DESTINATION_OFFSET = 0;
    public static final int SOURCE_OFFSET = 6;
    /** The EtherType, or the TPID 0x8100 in a tagged frame. */
    public static final int TYPE_OFFSET = 12;
    public static final int HEADER_SIZE = 14;
    /** The tag control information (PCP, DEI, VLAN ID) in a tagged frame. */
    public static final int TCI_OFFSET = 14;
    /** The EtherType of the payload in a tagged frame. */
    public static final int TAGGED_TYPE_OFFSET = 16;
    public static final int TAGGED_HEADER_SIZE = HEADER_SIZE + VlanTag.SIZE;
    /** The smallest frame without its FCS; 64 with it. */
    public static final int MIN_SIZE = 60;

    private final MacAddress destination;
    private final MacAddress source;
    private final VlanTag vlanTag;
    private final EtherType etherType;
    private final Packet payload;
    private final byte[] padding;
    private final Integer fcs;

    private EthernetFrame(MacAddress destination, MacAddress source, VlanTag vlanTag, EtherType etherType,
                          Packet payload, byte[] padding, Integer fcs, byte[] raw) {
        super(raw);
        this.destination = destination;
        this.source = source;
        this.vlanTag = vlanTag;
        this.etherType = etherType;
        this.payload = payload;
        this.padding = padding;
        this.fcs = fcs;
    }

    /** Reads a frame without an FCS, as a raw socket or a capture normally delivers it. */
    public static EthernetFrame parse(byte[] data) throws MalformedDataException {
        return parse(data, 0, data.length, false);
    }

    /** Reads a frame; {@code withFcs} says whether its last four bytes are the FCS. */
    public static EthernetFrame parse(byte[] data, boolean withFcs) throws MalformedDataException {
        return parse(data, 0, data.length, withFcs);
    }

    /**
     * Reads the frame in {@code length} bytes from {@code offset}. Only a frame too short for its
     * header (and FCS) fails; a payload that cannot be read becomes a {@link MalformedPayload}, and
     * bytes after the payload become the padding, so the frame always keeps every byte.
     */
    public static EthernetFrame parse(byte[] data, int offset, int length, boolean withFcs) throws MalformedDataException {
        Objects.checkFromIndexSize(offset, length, data.length);
        int needed = HEADER_SIZE + (withFcs ? FrameCheckSequence.SIZE : 0);
        if (length < needed) {
            throw withFcs
                    ? new MalformedDataException("Ethernet", true, "The " + length + " bytes at offset " + offset
                            + " are too short for an Ethernet header and FCS, which need " + needed + ".", data, offset, length)
                    : MalformedDataException.tooShort("Ethernet", needed, data, offset, length);
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        int end = offset + length;
        Integer fcs = null;
        if (withFcs) {
            end -= FrameCheckSequence.SIZE;
            fcs = FrameCheckSequence.fromWire(data, end);
        }
        EtherType type = EtherType.of(buf.getShort(offset + TYPE_OFFSET) & 0xFFFF);
        int pos = offset + HEADER_SIZE;
        VlanTag tag = null;
        Packet payload;
        if (type.equals(EtherType.VLAN) && end - pos < VlanTag.SIZE) {
            payload = new MalformedPayload(MalformedDataException.tooShort("802.1Q", VlanTag.SIZE, data, pos, end - pos));
        } else {
            if (type.equals(EtherType.VLAN)) {
                tag = VlanTag.fromTci(buf.getShort(offset + TCI_OFFSET) & 0xFFFF);
                type = EtherType.of(buf.getShort(offset + TAGGED_TYPE_OFFSET) & 0xFFFF);
                pos = offset + TAGGED_HEADER_SIZE;
            }
            payload = parsePayload(type, data, pos, end - pos);
        }
        byte[] padding = Arrays.copyOfRange(data, pos + payload.length(), end);
        return new EthernetFrame(MacAddress.of(data, offset + DESTINATION_OFFSET), MacAddress.of(data, offset + SOURCE_OFFSET),
                tag, type, payload, padding, fcs, Arrays.copyOfRange(data, offset, offset + length));
    }

    private static Packet parsePayload(EtherType type, byte[] data, int offset, int length) {
        try {
            if (type.equals(EtherType.ARP)) {
                return ArpPacket.parse(data, offset, length);
            }
            if (type.equals(EtherType.IPV4)) {
                return Ipv4Packet.parse(data, offset, length);
            }
        } catch (MalformedDataException e) {
            return new MalformedPayload(e);
        }
        return RawPayload.of(data, offset, length);
    }

    public MacAddress destination() {
        return destination;
    }

    public MacAddress source() {
        return source;
    }

    /** The 802.1Q tag, if the frame has one. */
    public Optional<VlanTag> vlanTag() {
        return Optional.ofNullable(vlanTag);
    }

    /** The type of the payload (after the tag in a tagged frame). */
    public EtherType etherType() {
        return etherType;
    }

    /** The payload; an empty {@link RawPayload} if there is none. */
    public Packet payloadPacket() {
        return payload;
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.of(payload);
    }

    /** 14, or 18 with a VLAN tag. */
    public int headerLength() {
        return vlanTag == null ? HEADER_SIZE : TAGGED_HEADER_SIZE;
    }

    /** The bytes between the payload and the FCS: zeros added to reach 60 bytes, or a received trailer. */
    public byte[] padding() {
        return padding.clone();
    }

    /** The FCS the frame carries, if it has one. */
    public OptionalInt fcs() {
        return fcs == null ? OptionalInt.empty() : OptionalInt.of(fcs);
    }

    /** The CRC-32 the FCS should hold: over every byte before it. */
    public int correctFcs() {
        return FrameCheckSequence.compute(raw, 0, raw.length - (fcs == null ? 0 : FrameCheckSequence.SIZE));
    }

    /** True if the frame has an FCS and it is the CRC-32 of the frame. */
    public boolean isFcsCorrect() {
        return fcs != null && fcs == correctFcs();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder().destination(destination).source(source).vlanTag(vlanTag).etherType(etherType)
                .payload(payload.toBuilder()).padding(padding).appendFcs(fcs != null);
        return fcs == null ? b : b.fcs(fcs);
    }

    @Override
    public String toString() {
        return "EthernetFrame[" + source + " -> " + destination + (vlanTag == null ? "" : " " + vlanTag)
                + " " + etherType + ", " + raw.length + " bytes]";
    }

    /**
     * Collects a frame's values. The EtherType follows from an ARP or IPv4 payload unless set;
     * padding to 60 bytes is on by default; the FCS is off by default (the NIC adds it) and, when
     * on, is the CRC-32 unless {@link #fcs(Integer)} overrides it.
     */
    public static final class Builder implements Packet.Builder {
        private MacAddress destination;
        private MacAddress source;
        private VlanTag vlanTag;
        private EtherType etherType;
        private Packet.Builder payload = new RawPayload.Builder();
        private boolean padToMinimum = true;
        private byte[] padding;
        private boolean appendFcs;
        private Integer fcs;

        public Builder destination(MacAddress destination) {
            this.destination = destination;
            return this;
        }

        public Builder source(MacAddress source) {
            this.source = source;
            return this;
        }

        /** The 802.1Q tag, or null for an untagged frame. */
        public Builder vlanTag(VlanTag vlanTag) {
            this.vlanTag = vlanTag;
            return this;
        }

        /** The payload's EtherType; null to take it from an ARP or IPv4 payload. */
        public Builder etherType(EtherType etherType) {
            this.etherType = etherType;
            return this;
        }

        public Builder payload(Packet.Builder payload) {
            this.payload = Objects.requireNonNull(payload, "payload");
            return this;
        }

        /** Raw bytes as the payload. */
        public Builder payload(byte[] data) {
            return payload(new RawPayload.Builder().data(data));
        }

        /** The payload's builder, to edit a template's inner layers. */
        public Packet.Builder payloadBuilder() {
            return payload;
        }

        /** Whether a short frame is padded with zeros to {@value EthernetFrame#MIN_SIZE} bytes (default on). */
        public Builder padToMinimum(boolean on) {
            this.padToMinimum = on;
            return this;
        }

        /** Exactly these bytes after the payload, whatever the length; null to pad as {@link #padToMinimum} says. */
        public Builder padding(byte[] padding) {
            this.padding = padding == null ? null : padding.clone();
            return this;
        }

        /**
         * Whether the frame ends with an FCS (default off: the NIC adds it, even after these bytes,
         * unless its driver honours {@code SO_NOFCS}; see {@link FrameCheckSequence}).
         */
        public Builder appendFcs(boolean on) {
            this.appendFcs = on;
            return this;
        }

        /** The FCS value to send instead of the CRC-32, or null to compute it; used only with {@link #appendFcs}. */
        public Builder fcs(Integer value) {
            this.fcs = value;
            return this;
        }

        /** The FCS as its four wire bytes, e.g. the seed's literal {@code 1a 2b 3c 4d}. */
        public Builder fcsWireBytes(byte[] wire) {
            if (wire.length != FrameCheckSequence.SIZE) {
                throw new IllegalArgumentException("An FCS has 4 bytes, not " + wire.length);
            }
            return fcs(FrameCheckSequence.fromWire(wire, 0));
        }

        @Override
        public EthernetFrame build() {
            if (destination == null || source == null) {
                throw new IllegalStateException("Set the destination and source MAC addresses before building a frame.");
            }
            Packet p = payload.build();
            EtherType type = etherType != null ? etherType : switch (p) {
                case ArpPacket a -> EtherType.ARP;
                case Ipv4Packet i -> EtherType.IPV4;
                default -> throw new IllegalStateException("Set the EtherType: the payload is raw data, so it cannot be worked out.");
            };
            int headerSize = vlanTag == null ? HEADER_SIZE : TAGGED_HEADER_SIZE;
            int payloadLength = p.length();
            byte[] pad = padding != null ? padding
                    : new byte[padToMinimum ? Math.max(0, MIN_SIZE - headerSize - payloadLength) : 0];
            int body = headerSize + payloadLength + pad.length;
            byte[] raw = new byte[body + (appendFcs ? FrameCheckSequence.SIZE : 0)];
            ByteBuffer buf = ByteBuffer.wrap(raw);
            destination.writeTo(raw, DESTINATION_OFFSET);
            source.writeTo(raw, SOURCE_OFFSET);
            if (vlanTag == null) {
                buf.putShort(TYPE_OFFSET, (short) type.value());
            } else {
                buf.putShort(TYPE_OFFSET, (short) EtherType.VLAN.value());
                buf.putShort(TCI_OFFSET, (short) vlanTag.tci());
                buf.putShort(TAGGED_TYPE_OFFSET, (short) type.value());
            }
            System.arraycopy(p.toBytes(), 0, raw, headerSize, payloadLength);
            System.arraycopy(pad, 0, raw, headerSize + payloadLength, pad.length);
            Integer f = null;
            if (appendFcs) {
                f = fcs != null ? fcs : FrameCheckSequence.compute(raw, 0, body);
                System.arraycopy(FrameCheckSequence.toWire(f), 0, raw, body, FrameCheckSequence.SIZE);
            }
            return new EthernetFrame(destination, source, vlanTag, type, p, pad.clone(), f, raw);
        }
    }
}
