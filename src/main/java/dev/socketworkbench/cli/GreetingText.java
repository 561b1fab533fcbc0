package dev.socketworkbench.cli;

import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a server's {@code --greeting TEXT}, which may use the escapes {@code \r \n \t \0 \\ \xHH}: a shell
 * makes a real line break awkward to type, and the seed's greeting ends in {@code \r\n}. The servers send
 * the greeting as UTF-8, so the escaped bytes must be UTF-8 text.
 */
final class GreetingText {
    private GreetingText() { }

    static String parse(String text) throws InvalidInputException {
        byte[] bytes;
        try {
            bytes = PayloadCodec.encode(text, PayloadFormat.ESCAPED, StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("greeting", e.getMessage().replaceFirst("position (\\d+)", "position $1 of --greeting"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("greeting", "The --greeting bytes are not UTF-8 text, which the server sends; "
                    + "use \\xHH only for ASCII bytes (00-7f) and type other characters as themselves.");
        }
    }
}
