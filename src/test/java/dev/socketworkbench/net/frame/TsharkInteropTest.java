package dev.socketworkbench.net.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark's own dissector as an independent judge: the templates (and deliberately broken
 * variants) are written to a pcap and tshark must read the same EtherTypes, ports and checksum
 * verdicts as we do. Skipped when tshark is not installed; CI installs it (apt-get install tshark).
 */
class TsharkInteropTest {
    private static final String[] FIELDS = {"eth.type", "vlan.id", "arp.opcode", "ip.checksum.status", "udp.dstport",
            "udp.checksum.status", "icmp.checksum.status"};

    private static String tshark() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "tshark");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    @Test
    void tsharkReadsTheTemplatesAsWeDo(@TempDir Path dir) throws Exception {
        String tshark = tshark();
        assumeTrue(tshark != null, "tshark is not installed (apt-get install -y tshark); skipping the Wireshark cross-check");

        List<EthernetFrame> frames = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        frames.add(FrameTemplate.SEED.newBuilder().build());
        expected.add("0x0801||||||");
        frames.add(FrameTemplate.ARP_WHO_HAS.newBuilder().build());
        expected.add("0x0806||1||||");
        frames.add(FrameTemplate.UDP_TO_PORT.newBuilder().build());
        expected.add("0x0800|||1|9|1|");
        frames.add(FrameTemplate.ICMP_ECHO_REQUEST.newBuilder().build());
        expected.add("0x0800|||1|||1");
        frames.add(FrameTemplate.udpToPort(6667).vlanTag(new VlanTag(3, false, 100)).build());
        expected.add("0x8100|100||1|6667|1|");

        EthernetFrame.Builder badIp = FrameTemplate.udpToPort(9);
        ((Ipv4Packet.Builder) badIp.payloadBuilder()).headerChecksum(0x1234);
        frames.add(badIp.build());
        expected.add("0x0800|||0|9|1|");

        EthernetFrame.Builder badUdp = FrameTemplate.udpToPort(9);
        ((UdpDatagram.Builder) ((Ipv4Packet.Builder) badUdp.payloadBuilder()).payloadBuilder()).checksum(0xbeef);
        frames.add(badUdp.build());
        expected.add("0x0800|||1|9|0|");

        EthernetFrame.Builder badIcmp = FrameTemplate.ICMP_ECHO_REQUEST.newBuilder();
        ((IcmpPacket.Builder) ((Ipv4Packet.Builder) badIcmp.payloadBuilder()).payloadBuilder()).checksum(1);
        frames.add(badIcmp.build());
        expected.add("0x0800|||1|||0");

        Path file = dir.resolve("templates.pcap");
        try (PcapWriter pcap = PcapWriter.open(file)) {
            for (int i = 0; i < frames.size(); i++) {
                pcap.write(frames.get(i), Instant.ofEpochSecond(1_700_000_000L + i));
            }
        }

        List<String> command = new ArrayList<>(List.of(tshark, "-n", "-r", file.toString(),
                "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
                "-T", "fields", "-E", "separator=|"));
        for (String f : FIELDS) {
            command.add("-e");
            command.add(f);
        }
        List<String> lines = run(command, dir);
        assertEquals(expected, lines, "tshark " + String.join(" ", command));

        // Our own verdicts agree with Wireshark's.
        for (int i = 0; i < frames.size(); i++) {
            Dissection d = FrameDissector.dissect(frames.get(i).toBytes());
            boolean tsharkSaysBad = expected.get(i).matches(".*\\|0\\|.*|.*\\|0$");
            assertEquals(tsharkSaysBad, d.hasProblem(), i + ": " + d.summary());
        }
    }

    @Test
    void tsharkChecksTheFcsAsWeDo(@TempDir Path dir) throws Exception {
        String tshark = tshark();
        assumeTrue(tshark != null, "tshark is not installed (apt-get install -y tshark); skipping the Wireshark cross-check");
        EthernetFrame seed = FrameTemplate.SEED.newBuilder().build();
        EthernetFrame corrected = FrameTemplate.SEED.newBuilder().fcs(null).build();
        EthernetFrame shortArp = FrameTemplate.ARP_WHO_HAS.newBuilder().appendFcs(true).build();
        List<EthernetFrame> frames = List.of(seed, corrected, shortArp);
        Path file = dir.resolve("fcs.pcap");
        try (PcapWriter pcap = PcapWriter.open(file)) {
            for (EthernetFrame f : frames) {
                pcap.write(f, Instant.ofEpochSecond(1_700_000_000L));
            }
        }
        List<String> lines = run(List.of(tshark, "-n", "-r", file.toString(), "-o", "eth.fcs:Always", "-o", "eth.check_fcs:TRUE",
                "-T", "fields", "-E", "separator=|", "-e", "eth.fcs", "-e", "eth.fcs.status"), dir);
        assertEquals(List.of("0x1a2b3c4d|0", "0x" + String.format("%08x", Integer.reverseBytes(corrected.fcs().getAsInt())) + "|1",
                "0x" + String.format("%08x", Integer.reverseBytes(shortArp.fcs().getAsInt())) + "|1"), lines);
        for (int i = 0; i < frames.size(); i++) {
            Field fcs = FrameDissector.dissect(frames.get(i).toBytes(), true).layer("FCS").orElseThrow().fields().get(0);
            String[] tsharkSays = lines.get(i).split("\\|");
            assertTrue(fcs.value().startsWith(tsharkSays[0] + " ("), fcs.value());
            assertEquals(tsharkSays[1].equals("0"), fcs.problem());
        }
    }

    private static List<String> run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path errors = dir.resolve("tshark-stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String out;
        try {
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tshark did not finish in 60 s");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), "tshark failed: " + Files.readString(errors));
        return out.lines().toList();
    }
}
