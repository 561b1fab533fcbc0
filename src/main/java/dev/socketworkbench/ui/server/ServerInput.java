package dev.socketworkbench.ui.server;

import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.input.Ports;
import dev.socketworkbench.net.input.WholeNumbers;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.server.DemoClientsSettings;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what the user typed into the threaded-server form, as they type: each method turns a field's
 * text into a value or throws {@link InvalidInputException} with one sentence for under the field.
 * Nothing here looks up a name in DNS, so it is safe on the JavaFX thread.
 */
final class ServerInput {
    /** The most connections the form accepts as a limit; far above what one machine can hold. */
    static final int MAX_CONNECTIONS_LIMIT = 1_000_000;

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:][0-9A-Fa-f:.]*(%[\\w.-]+)?]?");

    private ServerInput() { }

    static String bindHost(String text) throws InvalidInputException {
        Hosts.checkSyntax("bind", text);
        return text.strip();
    }

    /** 0-65535; 0 lets the system pick a free port. */
    static int port(String text) throws InvalidInputException {
        return Ports.parse("port", text, 0);
    }

    static int maxConnections(String text) throws InvalidInputException {
        return wholeNumber("maxConnections", "connection limit", text, 1, MAX_CONNECTIONS_LIMIT);
    }

    static int idleTimeoutMillis(String text) throws InvalidInputException {
        return wholeNumber("idleTimeout", "idle timeout", text, 1, Integer.MAX_VALUE);
    }

    static int maxNameBytes(String text) throws InvalidInputException {
        return wholeNumber("maxNameBytes", "longest name", text, 1, ThreadedServerSettings.MAX_NAME_BYTES_LIMIT);
    }

    static int demoClients(String text) throws InvalidInputException {
        return wholeNumber("demoClients", "number of demo clients", text, 1, DemoClientsSettings.MAX_CLIENTS);
    }

    /**
     * The greeting, written with escapes ({@code \r\n}, {@code \t}, {@code \x41}) as in every payload
     * field. The server sends it as UTF-8, so the bytes must be valid UTF-8.
     */
    static String greeting(String text) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = PayloadCodec.encode(text, PayloadFormat.ESCAPED, StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("greeting", e.getMessage());
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("greeting", "The greeting is empty; type what the server says to each client, "
                    + "for example Thank you for connecting\\r\\n.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("greeting", "The greeting's \\x bytes are not valid UTF-8, which the server sends; "
                    + "type the characters themselves instead.");
        }
    }

    /**
     * A warning when the bind address lets other machines connect, "" when it does not or when it is a
     * name (telling would need a DNS lookup). Only address literals are looked at.
     */
    static String bindNote(String text) {
        String t = text == null ? "" : text.strip();
        boolean ipv4 = IPV4_LITERAL.matcher(t).matches() && Arrays.stream(t.split("\\.")).allMatch(o -> Integer.parseInt(o) <= 255);
        boolean ipv6 = t.indexOf(':') >= 0 && IPV6_LITERAL.matcher(t).matches();
        if (!ipv4 && !ipv6) {
            return ""; // a name, or not an address at all: looking it up could mean DNS traffic
        }
        InetAddress address;
        try {
            // A valid IPv4 literal, or anything with a colon, is parsed as a literal and never looked up.
            address = InetAddress.getByName(t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return "";
        }
        if (address.isAnyLocalAddress()) {
            return "Listening on every interface: other machines on your network can connect to this server.";
        }
        if (!address.isLoopbackAddress()) {
            return "This address is reachable from the network: other machines may connect to this server.";
        }
        return "";
    }

    /** The error sentence {@code check} throws for {@code text}, or "" if the text is fine. */
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

    /** A whole number from {@code min} to {@code max}; the sentence names the range to type. */
    private static int wholeNumber(String field, String what, String text, int min, int max) throws InvalidInputException {
        return WholeNumbers.parseInt(field, what, text, min, max,
                String.format(Locale.ROOT, "type a whole number from %,d to %,d", min, max));
    }
}
