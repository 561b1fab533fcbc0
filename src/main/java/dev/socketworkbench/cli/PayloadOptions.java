package dev.socketworkbench.cli;

import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import picocli.CommandLine.Option;

/**
 * How a command reads the MESSAGE it sends: {@code --hex}, {@code --escapes} and {@code --encoding}, shared
 * (as a picocli mixin) by {@code udp send} and {@code tcp connect}, so MESSAGE means the same bytes in both.
 */
final class PayloadOptions {

    @Option(names = "--hex", description = "MESSAGE is hex bytes, such as '48 65 6c 6c 6f' or 0x0a0b.")
    boolean hex;

    @Option(names = "--escapes", description = "MESSAGE may contain \\n \\r \\t \\0 \\\\ and \\xHH (one raw byte).")
    boolean escapes;

    @Option(names = "--encoding", paramLabel = "E", defaultValue = "utf-8",
            description = "How text becomes bytes: utf-8 (default), iso-8859-1 (latin1), us-ascii (ascii) or utf-16.")
    String encoding;

    /** The encoding named by {@code --encoding}. */
    PayloadEncoding charset() throws InvalidInputException {
        return PayloadEncoding.parse(encoding);
    }

    /** The bytes {@code message} stands for, read as text, hex or text with escapes. */
    byte[] bytes(String message, PayloadEncoding charset) throws InvalidInputException {
        if (hex && escapes) {
            throw new InvalidInputException("format", "Use either --hex or --escapes, not both: MESSAGE is read one way or the other.");
        }
        PayloadFormat format = hex ? PayloadFormat.HEX : escapes ? PayloadFormat.ESCAPED : PayloadFormat.TEXT;
        return PayloadCodec.encode(message, format, charset.charset());
    }
}
