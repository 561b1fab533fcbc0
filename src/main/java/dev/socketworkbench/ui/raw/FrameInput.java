package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.FrameCheckSequence;
import dev.socketworkbench.net.frame.HeaderNumbers;
import dev.socketworkbench.net.frame.IpProtocol;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads what the user typed into the raw-frames forms, as they type: each method turns a field's
 * text into a value or throws {@link InvalidInputException} with one sentence for under the field.
 * MAC addresses, IPv4 addresses, EtherTypes and header numbers are read by {@code net.frame}'s own parsers.
 */
final class FrameInput {
    /** The most frames one Send may send; a bound so a typo cannot flood the interface for hours. */
    static final long MAX_SEND_COUNT = 100_000_000;
    /** The highest rate that can be asked for; higher is "as fast as possible". */
    static final long MAX_RATE = 10_000_000;

    private FrameInput() { }

    /** A 16-bit checksum typed as decimal or 0x hex. */
    static int checksum(String field, String what, String text) throws InvalidInputException {
        return HeaderNumbers.parse(field, what, text, 0xFFFF);
    }

    /** 0-65535; 0 is allowed in a crafted header (it means "no port"). */
    static int port(String field, String text) throws InvalidInputException {
        return Ports.parse(field, text, 0);
    }

    /** A protocol number 0-255, or the name UDP, ICMP or TCP. */
    static IpProtocol protocol(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        for (IpProtocol known : new IpProtocol[] {IpProtocol.UDP, IpProtocol.ICMP, IpProtocol.TCP}) {
            if (known.name().equalsIgnoreCase(t)) {
                return known;
            }
        }
        return IpProtocol.of(HeaderNumbers.parse(field, "The protocol", t, 0xFF));
    }

    /** An FCS typed as its four wire bytes, e.g. the seed's {@code 1a 2b 3c 4d}. */
    static int fcsWireBytes(String field, String text) throws InvalidInputException {
        byte[] wire;
        try {
            wire = PayloadCodec.encode(text, PayloadFormat.HEX, StandardCharsets.US_ASCII);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
        if (wire.length != FrameCheckSequence.SIZE) {
            throw new InvalidInputException(field, "The FCS is 4 bytes, not " + wire.length
                    + "; type them as they go on the wire, such as 1a 2b 3c 4d.");
        }
        return FrameCheckSequence.fromWire(wire, 0);
    }

    /** The payload bytes; UTF-8 for text. */
    static byte[] payload(String text, PayloadFormat format) throws InvalidInputException {
        return PayloadCodec.encode(text, format, StandardCharsets.UTF_8);
    }

    /** A whole frame typed as hex; positions in the sentence count from 1 in the text. */
    static byte[] rawHex(String text) throws InvalidInputException {
        try {
            return PayloadCodec.encode(text, PayloadFormat.HEX, StandardCharsets.US_ASCII);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("rawHex", e.getMessage());
        }
    }

    /** The capture filter: blank means every frame (null). */
    static EtherType etherTypeFilter(String field, String text) throws InvalidInputException {
        return text == null || text.isBlank() ? null : EtherType.parse(field, text);
    }

    static long sendCount(String text) throws InvalidInputException {
        return wholeNumber("sendCount", "The count", text, 1, MAX_SEND_COUNT);
    }

    static long rate(String text) throws InvalidInputException {
        return wholeNumber("sendRate", "The rate", text, 1, MAX_RATE);
    }

    /** 0 captures until stopped. */
    static long captureCount(String text) throws InvalidInputException {
        return wholeNumber("captureCount", "The count", text, 0, MAX_SEND_COUNT);
    }

    /** The error sentence {@code check} throws, or "" if the input is fine. */
    static String errorOf(Check check) {
        try {
            check.run();
            return "";
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    /** One field's check, for {@link #errorOf}. */
    @FunctionalInterface
    interface Check {
        void run() throws InvalidInputException;
    }

    private static long wholeNumber(String field, String what, String text, long min, long max) throws InvalidInputException {
        String t = text == null ? "" : text.strip().replace("_", "").replace(",", "");
        String range = String.format(Locale.ROOT, "%,d to %,d", min, max);
        if (t.isEmpty()) {
            throw new InvalidInputException(field, what + " is empty; type a whole number from " + range + ".");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            if (t.matches("-?\\d+")) {
                throw new InvalidInputException(field, what + " must be " + range + ", not " + text.strip() + ".");
            }
            throw new InvalidInputException(field, what + " \"" + text.strip() + "\" is not a whole number; type a number from "
                    + range + ".");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, what + " must be " + range + ", not " + text.strip() + ".");
        }
        return value;
    }
}
