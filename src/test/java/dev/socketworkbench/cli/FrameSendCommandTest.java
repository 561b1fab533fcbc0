package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.frame.VlanTag;
import dev.socketworkbench.net.raw.FrameCaptureSettings;
import dev.socketworkbench.net.raw.FrameSenderSettings;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The frame {@code frame send} builds from its options, checked without sending it. */
class FrameSendCommandTest {

    private static FrameSendCommand parsed(String... args) {
        FrameSendCommand command = new FrameSendCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static EthernetFrame frame(String... args) throws Exception {
        return parsed(args).frame();
    }

    @Test
    void withoutOptionsItIsTheSeedsFrameOnLoOnce() throws Exception {
        FrameSenderSettings settings = parsed().settings();
        assertEquals("lo", settings.interfaceName());
        assertArrayEquals(FrameTemplate.SEED.newBuilder().build().toBytes(), settings.frame());
        assertEquals(1, settings.count());
        assertEquals(0, settings.ratePerSecond());
        byte[] frame = settings.frame();
        assertEquals(85, frame.length);
        assertArrayEquals(new byte[] {0x1a, 0x2b, 0x3c, 0x4d}, Arrays.copyOfRange(frame, 81, 85), "the seed's checksum bytes");
    }

    @Test
    void addressesEtherTypeAndPayloadReplaceTheSeeds() throws Exception {
        EthernetFrame f = frame("--dst", "02-00-00-00-00-02", "--src", "0200.0000.0001", "--ethertype", "0x88b5", "--payload", "hi");
        assertEquals(MacAddress.parse("dst", "02:00:00:00:00:02"), f.destination());
        assertEquals(FrameTemplate.LOCAL_MAC, f.source());
        assertEquals(EtherType.of(0x88b5), f.etherType());
        byte[] bytes = f.toBytes();
        assertEquals(64, bytes.length, "14 + 2, padded to 60, then the seed's 4 checksum bytes");
        assertEquals("hi", new String(bytes, 14, 2, StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[44], Arrays.copyOfRange(bytes, 16, 60));
    }

    @Test
    void hexPayloadNoPadAndTheCorrectFcs() throws Exception {
        EthernetFrame f = frame("--hex", "de ad", "--no-pad", "--fcs", "--ethertype", "0x88b6");
        assertEquals(14 + 2 + 4, f.length());
        assertTrue(f.isFcsCorrect(), "--fcs puts the CRC-32 where the seed has its fixed bytes");
        EthernetFrame udp = frame("--template", "udp", "--fcs");
        assertTrue(udp.isFcsCorrect());
        assertFalse(frame("--template", "udp").fcs().isPresent(), "the other templates have no FCS unless asked");
    }

    @Test
    void vlanTagsTheFrame() throws Exception {
        EthernetFrame f = frame("--vlan", "5", "--ethertype", "0x88b5");
        assertEquals(new VlanTag(0, false, 5), f.vlanTag().orElseThrow());
        assertEquals("VLAN 5: EtherType 0x88b5 (unknown) " + f.length() + " bytes", FrameDissector.dissect(f.toBytes()).summary());
    }

    @Test
    void templatesKeepTheirHeadersAndTakeThePayloadAsTheirData() throws Exception {
        Dissection udp = FrameDissector.dissect(frame("--template", "UDP", "--payload", "ping me").toBytes());
        assertFalse(udp.hasProblem(), "lengths and checksums are recomputed: " + udp.toTree());
        assertTrue(udp.toTree().contains("\"ping me\""), udp.toTree());
        assertEquals("UDP", udp.layer("UDP").orElseThrow().name());

        Dissection icmp = FrameDissector.dissect(frame("--template", "icmp", "--hex", "01 02 03").toBytes());
        assertFalse(icmp.hasProblem(), icmp.toTree());
        assertTrue(icmp.toTree().contains("(01 02 03)"), icmp.toTree());

        Dissection arp = FrameDissector.dissect(frame("--template", "arp").toBytes());
        assertEquals("ARP Who has 10.0.0.2? Tell 10.0.0.1", arp.summary());
    }

    @Test
    void countAndRateReachTheSettings() throws Exception {
        FrameSenderSettings s = parsed("--count", "1000", "--rate", "250", "--interface", "veth-test0").settings();
        assertEquals(1000, s.count());
        assertEquals(250, s.ratePerSecond());
        assertEquals("veth-test0", s.interfaceName());
    }

    @Test
    void theCaptureListensOnLoForEveryFrameUntilStopped() throws Exception {
        FrameCaptureCommand capture = new FrameCaptureCommand();
        new CommandLine(capture).parseArgs();
        FrameCaptureSettings s = capture.settings();
        assertEquals(FrameCaptureSettings.on("lo"), s);
        new CommandLine(capture).parseArgs("--ethertype", "ARP", "--count", "3", "--pcap", "out.pcap");
        assertEquals(FrameCaptureSettings.on("lo").withEtherType(EtherType.ARP).withCount(3).withPcapFile(java.nio.file.Path.of("out.pcap")),
                capture.settings());
    }
}
