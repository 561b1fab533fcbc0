package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.payload.HexDump;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code frame decode HEX}: the dissection tree of any bytes, no socket and no privilege needed. */
class FrameDecodeCliTest {

    private static String hex(byte[] bytes) {
        return HexDump.spaced(bytes);
    }

    @Test
    void theSeedFrameShowsEtherType0801AndThePayload() {
        byte[] seed = FrameTemplate.SEED.newBuilder().build().toBytes();
        Cli.Result r = Cli.run("frame", "decode", hex(seed));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("85 bytes: EtherType 0x0801 (unknown) 85 bytes", lines.get(0));
        assertEquals("Ethernet II, Src: 01:02:03:04:05:06, Dst: 01:02:03:04:05:06", lines.get(1));
        assertTrue(lines.contains("    Type: unknown; the seed's example (0x0801)"), r.out());
        // Without --fcs the seed's four checksum bytes are part of the data, as a capture would show them;
        // they are not text, so the data shows as hex: 5b is '['.
        assertTrue(lines.contains("Data (71 bytes)"), r.out());
        assertTrue(lines.contains("    Data: 71 bytes: (5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b ...)"), r.out());
        // The tree is the dissector's own, line for line.
        assertEquals(FrameDissector.dissect(seed).toTree(), r.out().substring(r.out().indexOf('\n') + 1));
    }

    @Test
    void withFcsTheSeedsChecksumIsCheckedAndThePayloadIsItsText() {
        byte[] seed = FrameTemplate.SEED.newBuilder().build().toBytes();
        Cli.Result literal = Cli.run("frame", "decode", "--fcs", hex(seed));
        assertEquals(ExitCodes.OK, literal.exitCode(), literal.err());
        assertTrue(literal.outLines().get(0).endsWith(" [bad FCS]"), literal.out());
        assertTrue(literal.out().contains("Frame check sequence: incorrect"), literal.out());
        assertTrue(literal.outLines().stream().anyMatch(l -> l.startsWith("    Frame check sequence: 0x1a2b3c4d (incorrect, should be 0x")),
                literal.out());
        // The payload is the seed's text now that the checksum is set apart.
        assertTrue(literal.outLines().contains("    Data: 67 bytes: \"" + "[".repeat(30) + "PAYLOAD" + "]".repeat(11)
                + "...\" (5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b 5b ...)"), literal.out());

        byte[] correct = FrameTemplate.SEED.newBuilder().fcs(null).build().toBytes();
        Cli.Result right = Cli.run("frame", "decode", hex(correct), "--fcs");
        assertTrue(right.out().contains("Frame check sequence: correct"), right.out());
        assertTrue(right.out().contains("    Data: 67 bytes: "), "the payload alone is data now: " + right.out());
    }

    @Test
    void anArpTemplateIsExplainedFieldByField() {
        byte[] arp = FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes();
        Cli.Result r = Cli.run("frame", "decode", hex(arp));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = r.outLines();
        assertEquals("60 bytes: ARP Who has 10.0.0.2? Tell 10.0.0.1", lines.get(0));
        for (String line : List.of("Address Resolution Protocol (request)", "    Opcode: request (1)", "    Type: ARP (0x0806)",
                "    Sender IP address: 10.0.0.1", "    Target IP address: 10.0.0.2", "Padding (18 bytes)")) {
            assertTrue(lines.contains(line), line + " missing from:\n" + r.out());
        }
    }

    @Test
    void hexMaySpreadOverSeveralArgumentsAndBeWrittenInOneRun() {
        byte[] arp = FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes();
        Cli.Result spread = Cli.run(("frame decode " + hex(arp)).split(" "));
        Cli.Result run = Cli.run("frame", "decode", "0x" + java.util.HexFormat.of().formatHex(arp));
        assertEquals(ExitCodes.OK, spread.exitCode(), spread.err());
        assertEquals(Cli.run("frame", "decode", hex(arp)).out(), spread.out());
        assertEquals(spread.out(), run.out());
    }

    @Test
    void bytesTooShortForAHeaderAreShownAsTruncatedAndExitZero() {
        Cli.Result r = Cli.run("frame", "decode", "de ad be ef");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(List.of("4 bytes: Truncated frame: 4 bytes, too short for an Ethernet header",
                "Truncated Ethernet: The 4 bytes at offset 0 are too short for an Ethernet header, which needs 14.",
                "    Truncated Ethernet data: 4 bytes: (de ad be ef)"), r.outLines());
        assertEquals("", r.err());
    }

    @Test
    void unknownAndBrokenPayloadsAreShownNotDropped() {
        // An unknown EtherType: everything after the header is Data.
        Cli.Result unknown = Cli.run("frame", "decode", "02 00 00 00 00 02 02 00 00 00 00 01 88 b5 68 69");
        assertEquals(ExitCodes.OK, unknown.exitCode(), unknown.err());
        assertEquals("16 bytes: EtherType 0x88b5 (unknown) 16 bytes", unknown.outLines().get(0));
        assertTrue(unknown.outLines().contains("    Data: 2 bytes: \"hi\" (68 69)"), unknown.out());
        // IPv4 that stops after 6 bytes of its header.
        Cli.Result cut = Cli.run("frame", "decode", "02 00 00 00 00 02 02 00 00 00 00 01 08 00 45 00 00 1c 00 01");
        assertEquals(ExitCodes.OK, cut.exitCode(), cut.err());
        assertTrue(cut.outLines().get(0).contains("Truncated IPv4"), cut.out());
        assertTrue(cut.outLines().stream().anyMatch(l -> l.startsWith("Truncated IPv4")), cut.out());
    }

    @Test
    void malformedHexExitsTwoWithTheCodecsSentence() {
        Cli.Result r = Cli.run("frame", "decode", "01 02 0g");
        assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode());
        assertEquals(List.of("Malformed hex at position 8: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
                "Run 'socket-workbench frame decode --help' to see what it accepts."), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void noBytesAtAllExitsTwo() {
        Cli.Result blank = Cli.run("frame", "decode", " ");
        assertEquals(ExitCodes.BAD_ARGUMENTS, blank.exitCode());
        assertEquals("There are no bytes to decode; give the frame as hex bytes, such as ff ff ff ff ff ff 02 00 00 00 00 01 88 b5.",
                blank.errLines().get(0));
        Cli.Result missing = Cli.run("frame", "decode");
        assertEquals(ExitCodes.BAD_ARGUMENTS, missing.exitCode());
        assertEquals("Missing required parameter: 'HEX'.", missing.errLines().get(0));
        assertFalse(missing.err().contains("Exception"), missing.err());
    }
}
