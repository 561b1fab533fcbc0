package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.frame.PcapWriter;
import dev.socketworkbench.net.raw.NetworkInterfaces;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frame send} and {@code frame capture} as a user runs them, on lo only: frames never leave this machine.
 * Sending and capturing need CAP_NET_RAW (CI runs as root); without it those tests are skipped. An unknown
 * interface is refused before any socket is opened, so that case runs everywhere on Linux.
 *
 * <p>The frames use the local experimental EtherType 0x88b5 and a source address no other test uses; the raw
 * engine tests use 0x88b5 on lo too, which only matters if two test runs share this machine at once.
 */
class FrameLoopbackCliTest {
    private static final String LO = NetworkInterfaces.DEFAULT;
    /** Locally administered, and only this test sends from it. */
    private static final String SOURCE = "02:c1:1f:00:00:01";
    private static final Pattern CAPTURING = Pattern.compile("  INFO  Capturing EtherType 0x88b5, incoming only on lo \\(index \\d+, ");
    private static final Pattern SUMMARY = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  INFO  Sent (\\d+) frames? in \\d+\\.\\d{3} s \\([\\d,]+/s\\)\\.$");
    private static final String NO_SUCH_INTERFACE = "There is no network interface named nosuchif0; "
            + "`ip link` lists the ones this machine has, such as lo.";

    /** The command line's own threads: the printer's flusher and an engine thread name. */
    private static List<Thread> cliThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().equals(EventPrinter.FLUSHER_THREAD) || t.getName().startsWith("frame-")).toList();
    }

    private static void awaitNoCliThreads() throws InterruptedException {
        for (Thread t : cliThreads()) {
            t.join(WatchedOutput.PATIENCE.toMillis());
        }
        assertEquals(List.of(), cliThreads().stream().map(Thread::getName).toList(), "threads left behind by the frame commands");
    }

    /** The records of a classic pcap file, read independently of PcapWriter. */
    private static List<byte[]> pcapRecords(Path file) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xa1b2c3d4, b.getInt(), "pcap magic");
        assertEquals(2, b.getShort());
        assertEquals(4, b.getShort());
        b.position(20);
        assertEquals(1, b.getInt(), "link type Ethernet");
        List<byte[]> records = new ArrayList<>();
        while (b.hasRemaining()) {
            b.getInt();   // seconds
            b.getInt();   // microseconds
            int saved = b.getInt();
            assertEquals(saved, b.getInt(), "the whole frame was saved");
            byte[] frame = new byte[saved];
            b.get(frame);
            records.add(frame);
        }
        return records;
    }

    @Test
    void framesSentOnLoAreCapturedPrintedAndSaved(@TempDir Path dir) throws Exception {
        FramePrivileges.assumeRawSockets();
        awaitNoCliThreads();
        Path pcap = dir.resolve("lo.pcap");
        Cli.Background capture = Cli.start("cli-test-frame-capture", "frame", "capture", "--interface", LO,
                "--ethertype", "0x88b5", "--count", "3", "--pcap", pcap.toString());
        capture.out.awaitLine(CAPTURING);

        Cli.Result sent = Cli.run("frame", "send", "--interface", LO, "--ethertype", "0x88b5", "--count", "3", "--payload", "hi",
                "--src", SOURCE);
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        assertEquals("", sent.err());
        List<String> out = sent.outLines();
        assertTrue(out.get(0).contains("  INFO  Sending 3 frames of 64 bytes on lo (index "), out.get(0));
        assertEquals(3, sent.traffic("SENT").size(), sent.out());
        for (String line : sent.traffic("SENT")) {
            assertTrue(line.endsWith("  SENT  lo -> 01:02:03:04:05:06  64 B  EtherType 0x88b5 (unknown) 64 bytes"), line);
        }
        assertTrue(SUMMARY.matcher(out.get(out.size() - 1)).matches(), "the summary line: count, seconds, rate: " + out.get(out.size() - 1));
        assertEquals(5, out.size(), sent.out());

        Cli.Result captured = capture.awaitEnd();
        assertEquals(ExitCodes.OK, captured.exitCode(), captured.err());
        assertEquals("", captured.err());
        List<String> received = captured.traffic("RECV");
        assertEquals(3, received.size(), captured.out());
        for (String line : received) {
            assertTrue(Cli.TRAFFIC.matcher(line).matches(), line);
            assertTrue(line.endsWith("  RECV  " + SOURCE + " -> lo  64 B  EtherType 0x88b5 (unknown) 64 bytes"), line);
        }
        List<String> lines = captured.outLines();
        assertTrue(lines.get(lines.size() - 1).matches(".*  INFO  Captured 3 frames on lo in \\d+\\.\\d{3} s\\."), captured.out());

        byte[] expected = FrameTemplate.SEED.newBuilder().source(MacAddress.parse("src", SOURCE)).etherType(EtherType.of(0x88b5))
                .payload("hi".getBytes(StandardCharsets.US_ASCII)).build().toBytes();
        List<byte[]> records = pcapRecords(pcap);
        assertEquals(3, records.size());
        for (byte[] record : records) {
            assertArrayEquals(expected, record);
        }
        assertEquals(PcapWriter.FILE_HEADER_SIZE + 3 * (PcapWriter.RECORD_HEADER_SIZE + 64), Files.size(pcap));
        assertTsharkReads(pcap, List.of("0x88b5", "0x88b5", "0x88b5"));
        awaitNoCliThreads();
    }

    /** Wireshark's reader as an independent judge, when installed (CI installs tshark). */
    private static void assertTsharkReads(Path pcap, List<String> etherTypes) throws Exception {
        var tshark = FramePrivileges.onPath("tshark");
        if (tshark.isEmpty()) {
            return;   // the pcap was read by pcapRecords above; tshark only adds a second opinion
        }
        Process p = new ProcessBuilder(tshark.get().toString(), "-n", "-r", pcap.toString(), "-T", "fields", "-e", "eth.type")
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(WatchedOutput.PATIENCE.toSeconds(), TimeUnit.SECONDS), "tshark did not finish");
        assertEquals(0, p.exitValue(), out);
        assertEquals(etherTypes, out.lines().toList());
    }

    @Test
    void aTaggedFrameIsCapturedWithItsVlan() throws Exception {
        FramePrivileges.assumeRawSockets();
        Cli.Background capture = Cli.start("cli-test-frame-capture", "frame", "capture", "--ethertype", "0x88b5", "--count", "1");
        capture.out.awaitLine(CAPTURING);
        Cli.Result sent = Cli.run("frame", "send", "--ethertype", "0x88b5", "--vlan", "5", "--src", SOURCE, "--fcs", "--hex", "c0 ff ee");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        assertTrue(sent.traffic("SENT").get(0).endsWith("  SENT  lo -> 01:02:03:04:05:06  64 B  VLAN 5: EtherType 0x88b5 (unknown) 64 bytes"),
                sent.out());
        Cli.Result captured = capture.awaitEnd();
        assertEquals(ExitCodes.OK, captured.exitCode(), captured.err());
        assertEquals(1, captured.traffic("RECV").size(), captured.out());
        assertTrue(captured.traffic("RECV").get(0).endsWith("  RECV  " + SOURCE + " -> lo  64 B  VLAN 5: EtherType 0x88b5 (unknown) 64 bytes"),
                captured.out());
        awaitNoCliThreads();
    }

    @Test
    void aRateStillEndsWithTheSummaryLine() throws Exception {
        FramePrivileges.assumeRawSockets();
        Cli.Result sent = Cli.run("frame", "send", "--ethertype", "0x88b5", "--src", SOURCE, "--count", "5", "--rate", "1000");
        assertEquals(ExitCodes.OK, sent.exitCode(), sent.err());
        assertTrue(sent.outLines().get(0).contains("Sending 5 frames of 85 bytes on lo (") && sent.outLines().get(0).endsWith(" at 1,000 frames/s."),
                sent.outLines().get(0));
        assertEquals(5, sent.traffic("SENT").size());
        var summary = SUMMARY.matcher(sent.outLines().get(sent.outLines().size() - 1));
        assertTrue(summary.matches(), sent.out());
        assertEquals("5", summary.group(1));
        awaitNoCliThreads();
    }

    @Test
    void aFrameLargerThanTheMtuIsBadInputWithTheMtuSentence() throws Exception {
        FramePrivileges.assumeRawSockets();
        int mtu = NetworkInterfaces.find(LO).mtu();
        int payload = 70_000;
        int frame = 14 + payload + 4;   // header, payload, the seed's checksum bytes
        assumeTrue(frame > mtu + 14, "lo's MTU of " + mtu + " takes a " + frame + "-byte frame");
        Cli.Result sent = Cli.run("frame", "send", "--interface", LO, "--ethertype", "0x88b5", "--payload", "x".repeat(payload));
        assertEquals(ExitCodes.BAD_ARGUMENTS, sent.exitCode(), sent.err());
        assertEquals(List.of("The frame is " + frame + " bytes, larger than lo's MTU of " + mtu + " plus the 14-byte header; shorten the payload."),
                sent.errLines(), "one sentence, printed once");
        assertEquals(List.of(), sent.traffic("SENT"));
        assertTrue(sent.out().contains("INFO  Sent 0 frames in "), sent.out());
        awaitNoCliThreads();
    }

    @Test
    void anUnknownInterfaceIsBadInputWithTheEnodevSentence() throws Exception {
        FramePrivileges.assumeLinux();
        for (String command : List.of("send", "capture")) {
            Cli.Result r = Cli.run("frame", command, "--interface", "nosuchif0");
            assertEquals(ExitCodes.BAD_ARGUMENTS, r.exitCode(), command + ": " + r.err());
            assertEquals(List.of(NO_SUCH_INTERFACE), r.errLines(), command + " prints the sentence once, nothing else");
            assertEquals("", r.out(), command);
        }
        awaitNoCliThreads();
    }
}
