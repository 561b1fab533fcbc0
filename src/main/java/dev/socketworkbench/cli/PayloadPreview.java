package dev.socketworkbench.cli;

import dev.socketworkbench.net.payload.HexDump;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * How the command line shows a payload on its one line per event. The rule:
 * <ul>
 *   <li>Bytes that are valid text in the charset, made only of visible characters, spaces, tabs and
 *       line breaks, print as text in the workbench's escaped form ({@code hello\n}, a backslash as
 *       {@code \\}), so a newline from {@code echo hello | nc -u} keeps the event on one line.</li>
 *   <li>Anything else (a NUL, a control byte, bytes that are not valid in the charset) prints as
 *       {@code hex: 48 65 6c}, and so does everything when hex is forced ({@code --hex}).</li>
 * </ul>
 * Not thread-safe: the {@link EventPrinter} calls it under its lock.
 */
final class PayloadPreview {
    static final String HEX_PREFIX = "hex: ";

    private final Charset charset;
    private final boolean forceHex;
    private final CharsetDecoder decoder;
    // A sender reports every datagram of a run with the same array, so a flood formats its payload once.
    private byte[] lastPayload;
    private String lastPreview;

    PayloadPreview(Charset charset, boolean forceHex) {
        this.charset = charset;
        this.forceHex = forceHex;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The payload as text or as hex, following the rule above; "" for no bytes. */
    String of(byte[] payload) {
        if (payload == lastPayload) {
            return lastPreview;
        }
        String preview = render(payload);
        lastPayload = payload;
        lastPreview = preview;
        return preview;
    }

    private String render(byte[] payload) {
        if (payload.length == 0) {
            return "";
        }
        if (!forceHex && isText(payload)) {
            return PayloadCodec.decode(payload, PayloadFormat.ESCAPED, charset);
        }
        return HEX_PREFIX + HexDump.spaced(payload);
    }

    private boolean isText(byte[] payload) {
        CharBuffer chars;
        try {
            chars = decoder.reset().decode(ByteBuffer.wrap(payload));
        } catch (CharacterCodingException e) {
            return false;
        }
        return chars.codePoints().allMatch(cp -> cp == '\n' || cp == '\r' || cp == '\t' || PayloadCodec.isShownAsIs(cp));
    }
}
