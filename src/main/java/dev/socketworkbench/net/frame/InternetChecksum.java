package dev.socketworkbench.net.frame;

/**
 * The internet checksum of RFC 1071, used by IPv4 (header), UDP (pseudo-header, header and data)
 * and ICMP (whole message): the ones' complement of the ones' complement sum of 16-bit words.
 * Bytes may be added in pieces; an odd piece continues in the next one, as if they were joined.
 * <p>To check received data, sum it with the checksum field in place: the sum is 0xffff when it is correct.
 */
public final class InternetChecksum {
    private long sum;
    private boolean odd;

    /** Adds {@code length} bytes from {@code offset}, big-endian words, a final odd byte padded with zero. */
    public InternetChecksum add(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            sum += odd ? (data[i] & 0xFF) : (data[i] & 0xFF) << 8;
            odd = !odd;
        }
        return this;
    }

    public InternetChecksum add(byte[] data) {
        return add(data, 0, data.length);
    }

    /** Adds one 16-bit word, such as the UDP length in the pseudo-header. */
    public InternetChecksum addWord(int word) {
        return add(new byte[] {(byte) (word >>> 8), (byte) word});
    }

    /** The 16-bit ones' complement sum so far (end-around carries folded in). */
    public int sum() {
        long s = sum;
        while (s >>> 16 != 0) {
            s = (s & 0xFFFF) + (s >>> 16);
        }
        return (int) s;
    }

    /** The checksum to put in the field: the complement of {@link #sum()}. */
    public int value() {
        return ~sum() & 0xFFFF;
    }

    /** The checksum of one piece of data. */
    public static int of(byte[] data, int offset, int length) {
        return new InternetChecksum().add(data, offset, length).value();
    }
}
