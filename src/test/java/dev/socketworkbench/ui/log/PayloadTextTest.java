package dev.socketworkbench.ui.log;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PayloadTextTest {
    private static final byte[] HELLO = "Hi\\ \r\n\t\0".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void escapesEveryByteThatIsNotPrintable() {
        assertEquals("Hi\\\\ \\r\\n\\t\\0", PayloadText.text(HELLO));
        assertEquals("\\x01\\x7f\\xff", PayloadText.text(new byte[] {1, 0x7f, (byte) 0xff}));
    }

    @Test
    void hexViewIsSpacedLowercase() {
        assertEquals("48 69 0a", PayloadText.render(new byte[] {0x48, 0x69, 0x0a}, PayloadView.HEX, 100));
        assertEquals("48690a", PayloadText.hex(new byte[] {0x48, 0x69, 0x0a}));
    }

    @Test
    void longPayloadsAreCutWithACountOfTheRest() {
        byte[] big = new byte[1300];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals("aaaa \u2026 (+1,296 bytes)", PayloadText.render(big, PayloadView.TEXT, 4));
        assertEquals("61 61 \u2026 (+1,298 bytes)", PayloadText.render(big, PayloadView.HEX, 2));
    }
}
