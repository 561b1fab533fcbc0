package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.payload.HexDump;
import java.util.Arrays;

/**
 * Bytes that cannot be read as the protocol that was expected, usually because they are too short
 * for its header. The message is one sentence for the user; {@link #hexDump()} shows the bytes
 * that were there, for the log.
 */
public final class MalformedDataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String protocol;
    private final boolean truncated;
    private final byte[] data;

    MalformedDataException(String protocol, boolean truncated, String message, byte[] data, int offset, int length) {
        super(message, null, false, false);
        this.protocol = protocol;
        this.truncated = truncated;
        this.data = Arrays.copyOfRange(data, offset, offset + length);
    }

    /** The usual case: fewer bytes than the header needs. */
    static MalformedDataException tooShort(String protocol, int needed, byte[] data, int offset, int length) {
        return new MalformedDataException(protocol, true, "The " + length + " bytes at offset " + offset
                + " are too short for " + article(protocol) + " " + protocol + " header, which needs " + needed + ".",
                data, offset, length);
    }

    private static String article(String protocol) {
        return "AEFHILMNORSX8".indexOf(protocol.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The protocol that was expected, such as "IPv4". */
    public String protocol() {
        return protocol;
    }

    /** True if the data simply ended too early; false if it was there but made no sense. */
    public boolean isTruncated() {
        return truncated;
    }

    /** The bytes that were there. */
    public byte[] data() {
        return data.clone();
    }

    /** The bytes that were there as a hex + ASCII dump. */
    public String hexDump() {
        return HexDump.format(data);
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage() + "\n" + hexDump();
    }
}
