package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.input.InvalidInputException;

import java.util.Locale;

/** Size limits of one UDP datagram and the sentences that explain them. */
public final class Datagrams {
    /** The most one datagram can carry over IPv4: 65,535 minus the 20-byte IP and 8-byte UDP headers. */
    public static final int MAX_PAYLOAD = 65_507;
    /** A receive buffer this big always holds a whole datagram, so truncation can be measured, not guessed. */
    static final int WHOLE_DATAGRAM = 65_536;

    private Datagrams() { }

    /** Checks that {@code payload} fits in one datagram and is not empty. */
    static void checkPayload(String field, byte[] payload) throws InvalidInputException {
        if (payload.length == 0) {
            throw new InvalidInputException(field, "The payload is empty; type at least one byte, because Java does not send empty datagrams.");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new InvalidInputException(field, "The payload is " + grouped(payload.length)
                    + " bytes, but one UDP datagram carries at most 65,507 bytes; shorten it or send it in parts.");
        }
    }

    /** Checks a receive buffer size typed by the user: 1 to 65,535 bytes. */
    static void checkBuffer(String field, int bytes) throws InvalidInputException {
        if (bytes < 1 || bytes > 65_535) {
            throw new InvalidInputException(field, "The receive buffer of " + bytes
                    + " bytes is outside 1-65535; 8192 is a good size (the seed programs use 1024 to 8192).");
        }
    }

    /** The note for a datagram longer than the receive buffer, as the seed's recvfrom(8192) would silently cut it. */
    static String truncated(int length, int kept) {
        return "Datagram of " + length + " bytes truncated to the " + kept + "-byte receive buffer; raise the buffer size to keep all of it.";
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
