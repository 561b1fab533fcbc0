package dev.socketworkbench.net.frame;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An ICMP message (RFC 792), such as the echo request and reply of ping. The checksum covers the
 * whole message, header and data; the builder computes it unless overridden.
 * <pre>
 *  0      7 8     15 16    23 24    31
 * +--------+--------+--------+--------+
 * |  Type  |  Code  |    Checksum     |
 * +--------+--------+--------+--------+
 * |   Identifier    | Sequence Number |   (echo; other types use these 4 bytes differently)
 * +--------+--------+--------+--------+
 * |          data ...
 * +-----------------------------------
 * </pre>
 */
public final class IcmpPacket extends WirePacket {
    public static final int TYPE_OFFSET = 0;
    public static final int CODE_OFFSET = 1;
    public static final int CHECKSUM_OFFSET = 2;
    public static final int IDENTIFIER_OFFSET = 4;
    public static final int SEQUENCE_OFFSET = 6;
    public static final int HEADER_SIZE = 8;

    private final IcmpType type;
    private final int code;
    private final int checksum;
    private final int identifier;
    private final int sequenceNumber;
    private final RawPayload payload;

    private IcmpPacket(byte[] raw) {
        super(raw);
        ByteBuffer buf = ByteBuffer.wrap(raw);
        this.type = IcmpType.of(raw[TYPE_OFFSET] & 0xFF);
        this.code = raw[CODE_OFFSET] & 0xFF;
        this.checksum = buf.getShort(CHECKSUM_OFFSET) & 0xFFFF;
        this.identifier = buf.getShort(IDENTIFIER_OFFSET) & 0xFFFF;
        this.sequenceNumber = buf.getShort(SEQUENCE_OFFSET) & 0xFFFF;
        this.payload = RawPayload.of(raw, HEADER_SIZE, raw.length - HEADER_SIZE);
    }

    /** Reads a message that fills all {@code length} bytes from {@code offset}. */
    public static IcmpPacket parse(byte[] data, int offset, int length) throws MalformedDataException {
        if (length < HEADER_SIZE) {
            throw MalformedDataException.tooShort("ICMP", HEADER_SIZE, data, offset, length);
        }
        return new IcmpPacket(Arrays.copyOfRange(data, offset, offset + length));
    }

    public IcmpType type() {
        return type;
    }

    public int code() {
        return code;
    }

    public int checksum() {
        return checksum;
    }

    /** The checksum the message should carry. */
    public int correctChecksum() {
        byte[] copy = raw.clone();
        copy[CHECKSUM_OFFSET] = 0;
        copy[CHECKSUM_OFFSET + 1] = 0;
        return InternetChecksum.of(copy, 0, copy.length);
    }

    public boolean isChecksumCorrect() {
        return checksum == correctChecksum();
    }

    /** The echo identifier (the first half of the second word for other types). */
    public int identifier() {
        return identifier;
    }

    /** The echo sequence number (the second half of the second word for other types). */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** The data after the 8-byte header. */
    public byte[] data() {
        return payload.toBytes();
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.of(payload);
    }

    /** A builder with every field, the checksum kept as it is. */
    @Override
    public Builder toBuilder() {
        return new Builder().type(type).code(code).identifier(identifier).sequenceNumber(sequenceNumber)
                .checksum(checksum).payload(payload.toBytes());
    }

    @Override
    public String toString() {
        return "IcmpPacket[" + type + " code " + code + ", " + raw.length + " bytes]";
    }

    /** Collects an ICMP message; an echo request with code 0 by default. */
    public static final class Builder implements Packet.Builder {
        private IcmpType type = IcmpType.ECHO_REQUEST;
        private int code;
        private int identifier;
        private int sequenceNumber;
        private Integer checksum;
        private byte[] data = new byte[0];

        public Builder type(IcmpType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder code(int code) {
            this.code = HeaderNumbers.checkRange("The ICMP code", code, 0xFF);
            return this;
        }

        public Builder identifier(int identifier) {
            this.identifier = HeaderNumbers.checkRange("The ICMP identifier", identifier, 0xFFFF);
            return this;
        }

        public Builder sequenceNumber(int sequenceNumber) {
            this.sequenceNumber = HeaderNumbers.checkRange("The ICMP sequence number", sequenceNumber, 0xFFFF);
            return this;
        }

        /** The checksum to send instead of the correct one, or null to compute it. */
        public Builder checksum(Integer checksum) {
            this.checksum = HeaderNumbers.checkOverride("The ICMP checksum", checksum, 0xFFFF);
            return this;
        }

        public Builder payload(byte[] data) {
            this.data = Objects.requireNonNull(data, "data").clone();
            return this;
        }

        @Override
        public IcmpPacket build() {
            byte[] raw = new byte[HEADER_SIZE + data.length];
            ByteBuffer buf = ByteBuffer.wrap(raw);
            raw[TYPE_OFFSET] = (byte) type.value();
            raw[CODE_OFFSET] = (byte) code;
            buf.putShort(IDENTIFIER_OFFSET, (short) identifier);
            buf.putShort(SEQUENCE_OFFSET, (short) sequenceNumber);
            System.arraycopy(data, 0, raw, HEADER_SIZE, data.length);
            buf.putShort(CHECKSUM_OFFSET, (short) (checksum != null ? checksum : InternetChecksum.of(raw, 0, raw.length)));
            return new IcmpPacket(raw);
        }
    }
}
