package dev.socketworkbench.net.frame;

import java.util.Optional;

/**
 * Received bytes that should have been a known protocol but could not be read, usually because
 * the frame ended too early. Keeps the bytes and the reason, so nothing is thrown away; only
 * {@code parse} methods produce it.
 */
public final class MalformedPayload extends WirePacket {
    private final String protocol;
    private final boolean truncated;
    private final String reason;

    MalformedPayload(MalformedDataException e) {
        super(e.data());
        this.protocol = e.protocol();
        this.truncated = e.isTruncated();
        this.reason = e.getMessage();
    }

    /** The protocol that was expected, such as "UDP". */
    public String protocol() {
        return protocol;
    }

    /** True if the data ended too early, false if it was there but made no sense. */
    public boolean isTruncated() {
        return truncated;
    }

    /** One sentence saying why it could not be read. */
    public String reason() {
        return reason;
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.empty();
    }

    /** The bytes as raw data, to edit and send again as they are. */
    @Override
    public RawPayload.Builder toBuilder() {
        return new RawPayload.Builder().data(raw);
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && ((MalformedPayload) o).protocol.equals(protocol);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + protocol.hashCode();
    }

    @Override
    public String toString() {
        return "MalformedPayload[" + reason + "]";
    }
}
