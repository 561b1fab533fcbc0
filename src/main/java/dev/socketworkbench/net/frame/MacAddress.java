package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 48-bit Ethernet (MAC) address. Two bits of the first byte matter to a sender: the lowest is
 * the group bit (set = multicast, e.g. the seed's 01:02:03:04:05:06), the next is the
 * locally-administered bit (set = not a vendor-assigned address, e.g. 02:00:00:00:00:01).
 */
public final class MacAddress {
    /** Bytes in a MAC address. */
    public static final int SIZE = 6;
    /** ff:ff:ff:ff:ff:ff, every station on the link. */
    public static final MacAddress BROADCAST = new MacAddress(0xFFFF_FFFF_FFFFL);
    /** 00:00:00:00:00:00, the "unknown" target of an ARP request. */
    public static final MacAddress ZERO = new MacAddress(0L);

    private static final Pattern COLONS = Pattern.compile("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}");
    private static final Pattern DASHES = Pattern.compile("\\p{XDigit}{2}(-\\p{XDigit}{2}){5}");
    private static final Pattern DOTS = Pattern.compile("\\p{XDigit}{4}(\\.\\p{XDigit}{4}){2}");
    private static final Pattern BARE = Pattern.compile("\\p{XDigit}{12}");

    private final long bits;

    private MacAddress(long bits) {
        this.bits = bits;
    }

    /** The address in six bytes, most significant (first on the wire) first. */
    public static MacAddress of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("A MAC address has 6 bytes, not " + bytes.length);
        }
        return of(bytes, 0);
    }

    /** The address in the six bytes at {@code offset}. */
    public static MacAddress of(byte[] data, int offset) {
        long v = 0;
        for (int i = 0; i < SIZE; i++) {
            v = v << 8 | (data[offset + i] & 0xFF);
        }
        return new MacAddress(v);
    }

    /**
     * Parses {@code 01:02:03:04:05:06}, {@code 01-02-03-04-05-06}, {@code 0102.0304.0506} or
     * {@code 010203040506}, in either case.
     */
    public static MacAddress parse(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The MAC address is empty; type six hex byte pairs such as 01:02:03:04:05:06.");
        }
        if (!(COLONS.matcher(t).matches() || DASHES.matcher(t).matches() || DOTS.matcher(t).matches()
                || BARE.matcher(t).matches())) {
            throw new InvalidInputException(field, "\"" + t + "\" is not a MAC address; type six hex byte pairs such as "
                    + "01:02:03:04:05:06, 01-02-03-04-05-06 or 0102.0304.0506.");
        }
        String hex = t.replaceAll("[:.\\-]", "").toLowerCase(Locale.ROOT);
        return of(HexFormat.of().parseHex(hex));
    }

    public byte[] toBytes() {
        byte[] out = new byte[SIZE];
        writeTo(out, 0);
        return out;
    }

    /** Writes the six bytes at {@code offset}. */
    public void writeTo(byte[] out, int offset) {
        for (int i = 0; i < SIZE; i++) {
            out[offset + i] = (byte) (bits >>> (8 * (SIZE - 1 - i)));
        }
    }

    /** ff:ff:ff:ff:ff:ff. */
    public boolean isBroadcast() {
        return bits == BROADCAST.bits;
    }

    /** The group (I/G) bit is set: the frame goes to a group of stations. Broadcast is a multicast too. */
    public boolean isMulticast() {
        return (firstByte() & 0x01) != 0;
    }

    /** The U/L bit is set: the address was chosen locally, not burnt in by a vendor. */
    public boolean isLocallyAdministered() {
        return (firstByte() & 0x02) != 0;
    }

    private int firstByte() {
        return (int) (bits >>> 40) & 0xFF;
    }

    /** A short note for the dissector: "broadcast", "multicast", "unicast", plus ", locally administered". */
    public String kind() {
        String k = isBroadcast() ? "broadcast" : isMulticast() ? "multicast" : "unicast";
        return isLocallyAdministered() && !isBroadcast() ? k + ", locally administered" : k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress m && m.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    /** Lowercase, colon-separated: {@code 01:02:03:04:05:06}. */
    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(toBytes());
    }
}
