package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadPreviewTest {
    private final PayloadPreview utf8 = new PayloadPreview(StandardCharsets.UTF_8, false);

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void printableTextIsShownAsText() {
        assertEquals("hello, world", utf8.of("hello, world".getBytes(StandardCharsets.UTF_8)));
        assertEquals("grüße ✓ 😀", utf8.of("grüße ✓ 😀".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lineBreaksAndTabsKeepTheEventOnOneLine() {
        assertEquals("a\\tb\\r\\n", utf8.of("a\tb\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("C:\\\\temp", utf8.of("C:\\temp".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlBytesAndInvalidTextAreHex() {
        assertEquals("hex: 00 01 02", utf8.of(bytes(0, 1, 2)));
        assertEquals("hex: 68 69 00", utf8.of(bytes('h', 'i', 0)));
        assertEquals("hex: 1b 5b 32 4a", utf8.of(bytes(0x1b, '[', '2', 'J')));   // a terminal escape is never printed raw
        assertEquals("hex: 63 61 66 e9", utf8.of(bytes('c', 'a', 'f', 0xe9)));   // Latin-1, not UTF-8
        assertEquals("hex: ef bb bf 68 69", utf8.of(bytes(0xef, 0xbb, 0xbf, 'h', 'i')));   // a BOM is invisible
    }

    @Test
    void theCharsetDecidesWhatIsText() {
        PayloadPreview latin1 = new PayloadPreview(StandardCharsets.ISO_8859_1, false);
        assertEquals("café", latin1.of(bytes('c', 'a', 'f', 0xe9)));
        PayloadPreview utf16 = new PayloadPreview(StandardCharsets.UTF_16BE, false);
        assertEquals("hi", utf16.of(bytes(0, 'h', 0, 'i')));
        assertEquals("hex: 00 68 00", utf16.of(bytes(0, 'h', 0)));
    }

    @Test
    void forcedHexAndEmpty() {
        PayloadPreview hex = new PayloadPreview(StandardCharsets.UTF_8, true);
        assertEquals("hex: 68 69", hex.of(bytes('h', 'i')));
        assertEquals("", hex.of(new byte[0]));
        assertEquals("", utf8.of(new byte[0]));
    }

    @Test
    void theSameArrayIsFormattedOnce() {
        byte[] payload = "flood".getBytes(StandardCharsets.US_ASCII);
        String first = utf8.of(payload);
        assertSame(first, utf8.of(payload));
        assertEquals("other", utf8.of("other".getBytes(StandardCharsets.US_ASCII)));
    }
}
