package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The character encodings a payload's text can be written in.
 * <p>
 * {@link #UTF_16} is big-endian without a byte order mark ({@code UTF-16BE}): the JDK's plain
 * "UTF-16" encoder writes a BOM ({@code fe ff}) in front of every message, which surprises a user who
 * typed "A" and expects to see {@code 00 41} on the wire. A BOM received from a peer is shown as the
 * character U+FEFF (an escape in {@link PayloadFormat#ESCAPED}).
 */
public enum PayloadEncoding {
    UTF_8(StandardCharsets.UTF_8, "UTF-8", "utf-8"),
    ISO_8859_1(StandardCharsets.ISO_8859_1, "ISO-8859-1 (Latin-1)", "iso-8859-1"),
    US_ASCII(StandardCharsets.US_ASCII, "US-ASCII", "us-ascii"),
    UTF_16(StandardCharsets.UTF_16BE, "UTF-16 (big-endian)", "utf-16");

    private final Charset charset;
    private final String label;
    private final String cliName;

    PayloadEncoding(Charset charset, String label, String cliName) {
        this.charset = charset;
        this.label = label;
        this.cliName = cliName;
    }

    public Charset charset() {
        return charset;
    }

    /** What the UI shows, e.g. "ISO-8859-1 (Latin-1)". */
    public String label() {
        return label;
    }

    /** The canonical lowercase name for the command line, e.g. {@code utf-8}. */
    public String cliName() {
        return cliName;
    }

    /**
     * Parses an encoding name typed by the user, ignoring case, spaces, hyphens and underscores:
     * {@code utf-8}, {@code utf8}, {@code latin1}, {@code iso-8859-1}, {@code ascii}, {@code us-ascii},
     * {@code utf-16}, {@code utf-16be}, and any JDK alias of these charsets (e.g. {@code cp819}).
     */
    public static PayloadEncoding parse(String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("encoding", "The encoding is empty; use one of " + validNames() + ".");
        }
        String key = t.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
        switch (key) {
            case "utf8":
                return UTF_8;
            case "iso88591", "latin1", "isolatin1":
                return ISO_8859_1;
            case "usascii", "ascii":
                return US_ASCII;
            case "utf16", "utf16be":
                return UTF_16;
            default:
                break;
        }
        // Other spellings the JDK knows for the same charsets, e.g. "cp819" or "ISO8859_1".
        try {
            if (Charset.isSupported(t)) {
                Charset named = Charset.forName(t);
                for (PayloadEncoding e : values()) {
                    if (e.charset.equals(named)) {
                        return e;
                    }
                }
            }
        } catch (IllegalCharsetNameException e) {
            // not a charset name at all; fall through to the sentence below
        }
        throw new InvalidInputException("encoding",
                "The encoding \"" + t + "\" is not supported; use one of " + validNames() + ".");
    }

    /** "utf-8, iso-8859-1 (latin1), us-ascii (ascii) or utf-16", for help texts and error sentences. */
    public static String validNames() {
        String all = Arrays.stream(values()).map(e -> switch (e) {
            case ISO_8859_1 -> e.cliName + " (latin1)";
            case US_ASCII -> e.cliName + " (ascii)";
            default -> e.cliName;
        }).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
