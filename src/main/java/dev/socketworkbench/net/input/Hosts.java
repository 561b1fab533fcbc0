package dev.socketworkbench.net.input;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Resolves host names and IPv4/IPv6 literals typed by a user. */
public final class Hosts {
    private Hosts() { }

    /**
     * Resolves a name, an IPv4 literal or an IPv6 literal (with or without brackets).
     * Resolution may block on DNS, so engines call this on their own thread, never on the FX thread.
     */
    public static InetAddress resolve(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The host is empty; type a name such as localhost or an address such as 127.0.0.1 or ::1.");
        }
        if (t.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(field, "The host \"" + t + "\" contains spaces; type one name or address.");
        }
        if (isReservedInvalid(t)) {
            throw new InvalidInputException(field, "The host \"" + t + "\" is unknown: no address was found for it; check the spelling or use an IP address.");
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            throw new InvalidInputException(field, "The host \"" + t + "\" is unknown: no address was found for it; check the spelling or use an IP address.");
        } catch (SecurityException e) {
            throw new InvalidInputException(field, "Looking up \"" + t + "\" is not permitted here.");
        }
    }

    /**
     * RFC 6761: names under {@code .invalid} never resolve, and resolvers should answer "no" at once
     * instead of asking a DNS server, so such a lookup never leaves the machine.
     */
    private static boolean isReservedInvalid(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
        return n.equals("invalid") || n.endsWith(".invalid");
    }

    /** Syntax check that does no DNS: fine to call on the FX thread for as-you-type validation. */
    public static void checkSyntax(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The host is empty; type a name such as localhost or an address such as 127.0.0.1 or ::1.");
        }
        if (t.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(field, "The host \"" + t + "\" contains spaces; type one name or address.");
        }
    }
}
