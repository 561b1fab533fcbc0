package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.input.InvalidInputException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 address literals for frame fields. Unlike {@link dev.socketworkbench.net.input.Hosts}
 * this never looks up a name: a frame's address field holds exactly four bytes.
 */
public final class Ipv4Addresses {
    /** Bytes in an IPv4 address. */
    public static final int SIZE = 4;
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private Ipv4Addresses() { }

    /** Parses a dotted quad such as {@code 10.0.0.1}. */
    public static Inet4Address parse(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        Matcher m = DOTTED.matcher(t);
        if (!m.matches()) {
            throw new InvalidInputException(field, t.isEmpty()
                    ? "The IPv4 address is empty; type four numbers from 0-255 separated by dots, such as 10.0.0.1."
                    : "\"" + t + "\" is not an IPv4 address; type four numbers from 0-255 separated by dots, such as 10.0.0.1.");
        }
        byte[] b = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int part = Integer.parseInt(m.group(i + 1));
            if (part > 255) {
                throw new InvalidInputException(field, "\"" + t + "\" is not an IPv4 address: " + part
                        + " is larger than 255, the most one byte can hold.");
            }
            b[i] = (byte) part;
        }
        return of(b, 0);
    }

    /** The address in the four bytes at {@code offset}. */
    public static Inet4Address of(byte[] data, int offset) {
        byte[] b = new byte[SIZE];
        System.arraycopy(data, offset, b, 0, SIZE);
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** Like {@link #parse} for addresses written in code, such as template defaults. */
    static Inet4Address literal(String dotted) {
        try {
            return parse("address", dotted);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
