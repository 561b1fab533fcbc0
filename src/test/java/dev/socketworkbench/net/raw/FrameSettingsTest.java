package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.input.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The sender's and capture's settings: every wrong field gets its sentence, and the records are values. */
class FrameSettingsTest {

    @Test
    void senderSettingsListEveryProblemInFieldOrder() {
        List<InvalidInputException> problems = new FrameSenderSettings(" ", new byte[13], 0, -1).problems();
        assertEquals(List.of("interface", "frame", "count", "rate"), problems.stream().map(InvalidInputException::field).toList());
        assertEquals("The frame is 13 bytes, shorter than the 14-byte Ethernet header (destination, source, EtherType); build a whole frame.",
                problems.get(1).getMessage());
        assertEquals("The count 0 is less than 1; send at least one frame.", problems.get(2).getMessage());
        assertEquals("The rate -1 frames/s is negative; use 0 to send as fast as possible or a number of frames per second.",
                problems.get(3).getMessage());
        assertEquals(List.of(), FrameSenderSettings.of("lo", new byte[14]).problems());
        assertSame(problems.get(0).getClass(), assertThrows(InvalidInputException.class,
                () -> FrameSenderSettings.of("", new byte[60]).validate()).getClass());
    }

    @Test
    void senderSettingsAreValuesThatKeepTheirOwnFrame() {
        byte[] frame = new byte[60];
        FrameSenderSettings s = FrameSenderSettings.of(" lo ", frame);
        frame[0] = 1;
        s.frame()[1] = 1;
        assertArrayEquals(new byte[60], s.frame());
        assertEquals("lo", s.interfaceName());
        assertEquals(FrameSenderSettings.of("lo", new byte[60]), s);
        assertEquals(FrameSenderSettings.of("lo", new byte[60]).hashCode(), s.hashCode());
        assertNotEquals(s, s.withCount(2));
        assertEquals(new FrameSenderSettings("lo", new byte[60], 7, 100), s.withCount(7).withRatePerSecond(100));
        assertEquals("FrameSenderSettings[lo, 60 bytes x 1, as fast as possible]", s.toString());
    }

    @Test
    void captureSettingsListEveryProblem() {
        List<InvalidInputException> problems = new FrameCaptureSettings("a/b", null, -1, Path.of("/")).problems();
        assertEquals(List.of("interface", "count", "pcapFile"), problems.stream().map(InvalidInputException::field).toList());
        assertEquals("The count -1 is negative; use 0 to capture until stopped or a number of frames.", problems.get(1).getMessage());
        assertEquals(List.of(), FrameCaptureSettings.on("lo").withEtherType(EtherType.ARP).withCount(5).withPcapFile(Path.of("x.pcap")).problems());
    }

    @Test
    void summariesReadAsOneSentence() {
        assertEquals("Sent 1,000 frames in 0.004 s (250,000/s).", FrameSendSummary.of(1000, 4_000_000).sentence());
        assertEquals("Sent 1 frame in 0.000 s (0/s).", FrameSendSummary.of(1, 0).sentence());
        assertEquals("Captured 1 frame on lo in 1.500 s.", new CaptureSummary(1, 0, 1_500_000_000).sentence("lo"));
        assertEquals("Captured 2 frames on lo in 1.500 s. The kernel dropped 3 more because they came faster than they could be"
                + " taken; filter on an EtherType to capture fewer.", new CaptureSummary(2, 3, 1_500_000_000).sentence("lo"));
    }

    @Test
    void receiveFiltersDescribeThemselves() {
        assertEquals("every frame", ReceiveFilter.everything().describe());
        assertEquals("EtherType 0x88b5, incoming only", ReceiveFilter.only(EtherType.of(0x88b5)).withOutgoing(false).describe());
    }
}
