package dev.socketworkbench.net.payload;

import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** encode(decode(x)) == x, with seeded random inputs so a failure can be replayed. */
class PayloadCodecRoundTripTest {
    private static final int ROUNDS = 300;

    @ParameterizedTest
    @EnumSource(PayloadEncoding.class)
    void randomBytesSurviveEscapedAndHex(PayloadEncoding encoding) throws InvalidInputException {
        Random random = new Random(0xC0DEC + encoding.ordinal());
        Charset cs = encoding.charset();
        for (int round = 0; round < ROUNDS; round++) {
            byte[] data = new byte[random.nextInt(200)];
            random.nextBytes(data);
            for (PayloadFormat format : new PayloadFormat[] {PayloadFormat.ESCAPED, PayloadFormat.HEX}) {
                String shown = PayloadCodec.decode(data, format, cs);
                assertArrayEquals(data, PayloadCodec.encode(shown, format, cs),
                        () -> format + " in " + cs + " lost bytes; shown as: " + shown);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadEncoding.class)
    void randomValidTextSurvivesEveryFormat(PayloadEncoding encoding) throws InvalidInputException {
        Random random = new Random(0x7E47 + encoding.ordinal());
        Charset cs = encoding.charset();
        for (int round = 0; round < ROUNDS; round++) {
            String text = randomText(random, encoding, random.nextInt(80));
            byte[] data = PayloadCodec.encode(text, PayloadFormat.TEXT, cs);
            assertEquals(text, PayloadCodec.decode(data, PayloadFormat.TEXT, cs));
            for (PayloadFormat format : PayloadFormat.values()) {
                String shown = PayloadCodec.decode(data, format, cs);
                assertArrayEquals(data, PayloadCodec.encode(shown, format, cs),
                        () -> format + " in " + cs + " lost bytes; shown as: " + shown);
            }
            // Text typed with escapes means the same as the text itself once the backslashes are doubled.
            String typed = text.replace("\\", "\\\\");
            assertArrayEquals(data, PayloadCodec.encode(typed, PayloadFormat.ESCAPED, cs));
        }
    }

    /** Text every code point of which the charset can write: mostly ASCII, with controls and wider characters. */
    private static String randomText(Random random, PayloadEncoding encoding, int length) {
        StringBuilder s = new StringBuilder();
        while (s.codePointCount(0, s.length()) < length) {
            int cp = switch (random.nextInt(6)) {
                case 0 -> random.nextInt(0x20);               // controls, including \n \r \t and NUL
                case 1 -> '\\';
                case 2, 3 -> 0x20 + random.nextInt(0x5f);    // printable ASCII
                default -> switch (encoding) {
                    case US_ASCII -> random.nextInt(0x80);
                    case ISO_8859_1 -> random.nextInt(0x100);
                    case UTF_8, UTF_16 -> random.nextBoolean()
                            ? random.nextInt(0xD800)                         // the BMP below the surrogates
                            : 0xE000 + random.nextInt(0x110000 - 0xE000);    // the rest, supplementary included
                };
            };
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
