package dev.socketworkbench.net.udp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads IPv4 and IPv6 literals without ever asking DNS, so settings can be checked on the UI thread.
 * (InetAddress.getByName sends a text such as "999.1.1.1" to DNS as a name, so IPv4 is parsed here.)
 */
public final class AddressLiterals {
    private AddressLiterals() { }

    /** The address {@code text} spells, or empty if it is a name or not a valid literal. */
    public static Optional<InetAddress> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        try {
            if (t.indexOf(':') >= 0) {
                // In brackets the JDK parses the text as an IPv6 literal or rejects it; it never looks it up.
                return Optional.of(InetAddress.getByName("[" + t + "]"));
            }
            byte[] ipv4 = dottedQuad(t);
            return ipv4 == null ? Optional.empty() : Optional.of(InetAddress.getByAddress(ipv4));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Four decimal numbers 0-255 separated by dots, or null. */
    private static byte[] dottedQuad(String t) {
        String[] parts = t.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }
}
