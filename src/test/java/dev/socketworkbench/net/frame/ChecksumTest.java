package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void crc32CheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xCBF43926, FrameCheckSequence.compute(check, 0, check.length));
    }

    @Test
    void fcsGoesOnTheWireLeastSignificantByteFirst() {
        assertArrayEquals(new byte[] {0x26, 0x39, (byte) 0xf4, (byte) 0xcb}, FrameCheckSequence.toWire(0xCBF43926));
        assertEquals(0xCBF43926, FrameCheckSequence.fromWire(FrameCheckSequence.toWire(0xCBF43926), 0));
        assertEquals("0xcbf43926", FrameCheckSequence.format(0xCBF43926));
    }

    @Test
    void rfc1071Example() {
        // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2, so the checksum is 220d.
        byte[] data = HEX.parseHex("0001f203f4f5f6f7");
        InternetChecksum sum = new InternetChecksum().add(data);
        assertEquals(0xddf2, sum.sum());
        assertEquals(0x220d, sum.value());
        assertEquals(0x220d, InternetChecksum.of(data, 0, data.length));
    }

    @Test
    void classicIpv4HeaderExample() {
        byte[] header = HEX.parseHex("450000730000400040110000c0a80001c0a800c7");
        assertEquals(0xb861, InternetChecksum.of(header, 0, header.length));
        header[10] = (byte) 0xb8;
        header[11] = 0x61;
        assertEquals(0xFFFF, new InternetChecksum().add(header).sum(), "a correct header sums to 0xffff");
        assertEquals(0, InternetChecksum.of(header, 0, header.length));
    }

    @Test
    void anOddLastByteIsPaddedWithZero() {
        assertEquals(InternetChecksum.of(HEX.parseHex("0102030400"), 0, 5), InternetChecksum.of(HEX.parseHex("01020304"), 0, 4));
        assertEquals(~0x0102 & 0xFFFF, InternetChecksum.of(new byte[] {1, 2}, 0, 2));
        assertEquals(~0x0100 & 0xFFFF, InternetChecksum.of(new byte[] {1}, 0, 1));
    }

    @Test
    void piecesGiveTheSameSumAsTheWhole() {
        Random random = new Random(1071);
        for (int n = 0; n < 64; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            int whole = InternetChecksum.of(data, 0, n);
            for (int cut = 0; cut <= n; cut++) {
                assertEquals(whole, new InternetChecksum().add(data, 0, cut).add(data, cut, n - cut).value(), n + "/" + cut);
            }
        }
    }
}
