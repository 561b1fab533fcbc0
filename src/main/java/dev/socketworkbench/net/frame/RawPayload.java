package dev.socketworkbench.net.frame;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** Bytes with no header this program reads: user data, or the payload of an unknown protocol. */
public final class RawPayload extends WirePacket {

    private RawPayload(byte[] data) {
        super(data);
    }

    /** A copy of {@code data}. */
    public static RawPayload of(byte[] data) {
        return new RawPayload(data.clone());
    }

    /** A copy of {@code length} bytes from {@code offset}. */
    public static RawPayload of(byte[] data, int offset, int length) {
        return new RawPayload(Arrays.copyOfRange(data, offset, offset + length));
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.empty();
    }

    @Override
    public Builder toBuilder() {
        return new Builder().data(raw);
    }

    @Override
    public String toString() {
        return "RawPayload[" + HexFormat.of().formatHex(raw) + "]";
    }

    /** Holds the bytes; empty until set. */
    public static final class Builder implements Packet.Builder {
        private byte[] data = new byte[0];

        public Builder data(byte[] data) {
            this.data = Objects.requireNonNull(data, "data").clone();
            return this;
        }

        @Override
        public RawPayload build() {
            return RawPayload.of(data);
        }
    }
}
