package dev.socketworkbench.net.frame;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A UDP datagram (RFC 768), what {@code sock.sendto(msg, ("localhost", 6667))} in the seed puts
 * inside an IPv4 packet. The builder computes the length and the checksum, each overridable.
 * <pre>
 *  0      7 8     15 16    23 24    31
 * +--------+--------+--------+--------+
 * |   Source Port   | Destination Port|
 * +--------+--------+--------+--------+
 * |     Length      |    Checksum     |
 * +--------+--------+--------+--------+
 * |          data octets ...
 * +-----------------------------------
 * </pre>
 * The checksum covers a pseudo-header (source and destination IPv4 address, a zero byte,
 * protocol 17, the UDP length) followed by the header and data. A computed checksum of 0 is sent
 * as 0xffff, because 0 means "no checksum" over IPv4.
 */
public final class UdpDatagram extends WirePacket {
    public static final int SOURCE_PORT_OFFSET = 0;
    public static final int DESTINATION_PORT_OFFSET = 2;
    public static final int LENGTH_OFFSET = 4;
    public static final int CHECKSUM_OFFSET = 6;
    public static final int HEADER_SIZE = 8;
    /** The checksum field's value for "not computed". */
    public static final int NO_CHECKSUM = 0;

    private final int sourcePort;
    private final int destinationPort;
    private final int lengthField;
    private final int checksum;
    private final Packet payload;
    private final Inet4Address pseudoSource;
    private final Inet4Address pseudoDestination;

    private UdpDatagram(byte[] raw, Packet payload, Inet4Address pseudoSource, Inet4Address pseudoDestination) {
        super(raw);
        ByteBuffer buf = ByteBuffer.wrap(raw);
        this.sourcePort = buf.getShort(SOURCE_PORT_OFFSET) & 0xFFFF;
        this.destinationPort = buf.getShort(DESTINATION_PORT_OFFSET) & 0xFFFF;
        this.lengthField = buf.getShort(LENGTH_OFFSET) & 0xFFFF;
        this.checksum = buf.getShort(CHECKSUM_OFFSET) & 0xFFFF;
        this.payload = payload;
        this.pseudoSource = pseudoSource;
        this.pseudoDestination = pseudoDestination;
    }

    /**
     * Reads the datagram at {@code offset}, carried in an IPv4 packet from {@code source} to
     * {@code destination} (needed to verify the checksum). It ends where its length field says,
     * or where the data ends if that is earlier ({@link #isTruncated()}).
     */
    public static UdpDatagram parse(byte[] data, int offset, int length, Inet4Address source, Inet4Address destination)
            throws MalformedDataException {
        if (length < HEADER_SIZE) {
            throw MalformedDataException.tooShort("UDP", HEADER_SIZE, data, offset, length);
        }
        int declared = ByteBuffer.wrap(data).getShort(offset + LENGTH_OFFSET) & 0xFFFF;
        int end = Math.max(HEADER_SIZE, Math.min(declared, length));
        return new UdpDatagram(Arrays.copyOfRange(data, offset, offset + end),
                RawPayload.of(data, offset + HEADER_SIZE, end - HEADER_SIZE), source, destination);
    }

    /** The checksum of UDP bytes with the IPv4 pseudo-header, the checksum field taken as zero, 0 sent as 0xffff. */
    static int checksumOf(byte[] udp, int lengthField, Inet4Address source, Inet4Address destination) {
        InternetChecksum sum = new InternetChecksum()
                .add(source.getAddress()).add(destination.getAddress())
                .addWord(IpProtocol.UDP.value()).addWord(lengthField)
                .add(udp, 0, CHECKSUM_OFFSET)
                .add(udp, HEADER_SIZE, udp.length - HEADER_SIZE);
        int value = sum.value();
        return value == 0 ? 0xFFFF : value;
    }

    public int sourcePort() {
        return sourcePort;
    }

    public int destinationPort() {
        return destinationPort;
    }

    /** The length field: header plus data, in bytes. */
    public int lengthField() {
        return lengthField;
    }

    public int checksum() {
        return checksum;
    }

    /** The checksum this datagram should carry, if the IPv4 addresses around it are known. */
    public OptionalInt correctChecksum() {
        if (pseudoSource == null || pseudoDestination == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(checksumOf(raw, lengthField, pseudoSource, pseudoDestination));
    }

    /** True if the checksum field is 0, which over IPv4 means the sender did not compute one. */
    public boolean hasNoChecksum() {
        return checksum == NO_CHECKSUM;
    }

    /** True if a checksum is present and it is the correct one. */
    public boolean isChecksumCorrect() {
        OptionalInt correct = correctChecksum();
        return !hasNoChecksum() && correct.isPresent() && correct.getAsInt() == checksum;
    }

    /** True if the length field promises more bytes than there were. */
    public boolean isTruncated() {
        return lengthField > raw.length;
    }

    /** The data after the header. */
    public byte[] data() {
        return payload.toBytes();
    }

    public Packet payloadPacket() {
        return payload;
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.of(payload);
    }

    /** A builder with every field, the length and checksum kept as they are. */
    @Override
    public Builder toBuilder() {
        Builder b = new Builder().sourcePort(sourcePort).destinationPort(destinationPort).length(lengthField)
                .checksum(checksum).payload(payload.toBuilder());
        return pseudoSource == null ? b : b.pseudoHeader(pseudoSource, pseudoDestination);
    }

    @Override
    public String toString() {
        return "UdpDatagram[" + sourcePort + " -> " + destinationPort + ", " + raw.length + " bytes]";
    }

    /**
     * Collects a UDP datagram. Inside an {@link Ipv4Packet.Builder} the checksum is computed over that
     * packet's addresses; built on its own it needs {@link #pseudoHeader}, or it gets no checksum (0).
     */
    public static final class Builder implements Packet.Builder {
        private int sourcePort;
        private int destinationPort;
        private Integer length;
        private Integer checksum;
        private Packet.Builder payload = new RawPayload.Builder();
        private Inet4Address pseudoSource;
        private Inet4Address pseudoDestination;

        /** 0-65535; 0 means "no reply port". */
        public Builder sourcePort(int port) {
            this.sourcePort = HeaderNumbers.checkRange("The source port", port, 0xFFFF);
            return this;
        }

        public Builder destinationPort(int port) {
            this.destinationPort = HeaderNumbers.checkRange("The destination port", port, 0xFFFF);
            return this;
        }

        /** The length field instead of the real length, or null to compute it. */
        public Builder length(Integer length) {
            this.length = HeaderNumbers.checkOverride("The UDP length", length, 0xFFFF);
            return this;
        }

        /** The checksum to send instead of the correct one (0 = none), or null to compute it. */
        public Builder checksum(Integer checksum) {
            this.checksum = HeaderNumbers.checkOverride("The UDP checksum", checksum, 0xFFFF);
            return this;
        }

        public Builder payload(Packet.Builder payload) {
            this.payload = Objects.requireNonNull(payload, "payload");
            return this;
        }

        public Builder payload(byte[] data) {
            return payload(new RawPayload.Builder().data(data));
        }

        /** The IPv4 addresses for the checksum when the datagram is built on its own. */
        public Builder pseudoHeader(Inet4Address source, Inet4Address destination) {
            this.pseudoSource = source;
            this.pseudoDestination = destination;
            return this;
        }

        @Override
        public UdpDatagram build() {
            return build(pseudoSource, pseudoDestination);
        }

        /** Builds with the pseudo-header of an IPv4 packet from {@code source} to {@code destination}. */
        public UdpDatagram build(Inet4Address source, Inet4Address destination) {
            Packet p = payload.build();
            byte[] raw = new byte[HEADER_SIZE + p.length()];
            ByteBuffer buf = ByteBuffer.wrap(raw);
            buf.putShort(SOURCE_PORT_OFFSET, (short) sourcePort);
            buf.putShort(DESTINATION_PORT_OFFSET, (short) destinationPort);
            int lengthField = length != null ? length : raw.length;
            buf.putShort(LENGTH_OFFSET, (short) lengthField);
            System.arraycopy(p.toBytes(), 0, raw, HEADER_SIZE, p.length());
            int sum = checksum != null ? checksum
                    : source == null || destination == null ? NO_CHECKSUM
                    : checksumOf(raw, lengthField, source, destination);
            buf.putShort(CHECKSUM_OFFSET, (short) sum);
            return new UdpDatagram(raw, p, source, destination);
        }
    }
}
