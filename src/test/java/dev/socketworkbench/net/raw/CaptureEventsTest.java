package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.frame.VlanTag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static dev.socketworkbench.net.raw.TestFrames.EXPERIMENTAL;
import static dev.socketworkbench.net.raw.TestFrames.EXPERIMENTAL_2;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The events a capture publishes, frame by frame: reusing the last frame's text must never show a stale one. */
class CaptureEventsTest {
    private final CaptureEvents events = new CaptureEvents(FrameCapture.SOURCE, "lo");

    @Test
    void eachFrameGetsItsOwnSummaryWhetherItRepeatsTheLastOneOrNot() {
        byte[] a = TestFrames.frame(EXPERIMENTAL, TestFrames.marker());
        byte[] b = TestFrames.frame(EXPERIMENTAL_2, TestFrames.marker());
        byte[] tagged = TestFrames.taggedFrame(EXPERIMENTAL, TestFrames.marker(), new VlanTag(5, true, 300));
        byte[] otherSender = a.clone();
        otherSender[11] ^= 0x7F;   // the last byte of the source MAC only: same summary, other remote
        for (byte[] frame : new byte[][] {a, a.clone(), b, a, tagged, tagged.clone(), otherSender, a}) {
            NetEvent e = events.of(new ReceivedFrame(frame, frame.length, false, Instant.now()));
            assertEquals(Direction.RECEIVED, e.direction());
            assertEquals(FrameDissector.dissect(frame).summary(), e.message());
            assertEquals(MacAddress.of(frame, 6).toString(), e.remote());
            assertArrayEquals(frame, e.payload());
            assertEquals("lo", e.local());
        }
        assertEquals(FrameTemplate.LOCAL_MAC.toString(), events.of(new ReceivedFrame(a, a.length, false, Instant.now())).remote());
    }

    @Test
    void aCutFrameAndAnOutgoingCopySayIt() {
        byte[] whole = TestFrames.frameOfSize(1000, TestFrames.marker());
        byte[] cut = Arrays.copyOf(whole, 100);
        String summary = FrameDissector.dissect(cut).summary();
        assertEquals(summary + " (cut to 100 of 1000 bytes)", events.of(new ReceivedFrame(cut, 1000, false, Instant.now())).message());
        assertEquals(summary, events.of(new ReceivedFrame(cut.clone(), 100, false, Instant.now())).message(), "same bytes, not cut");
        assertEquals("Outgoing copy: " + summary, events.of(new ReceivedFrame(cut.clone(), 100, true, Instant.now())).message());
    }

    @Test
    void aFrameShorterThanAHeaderHasNoSender() {
        byte[] runt = {1, 2, 3};
        NetEvent e = events.of(new ReceivedFrame(runt, 3, false, Instant.now()));
        assertEquals("", e.remote());
        assertEquals(FrameDissector.dissect(runt).summary(), e.message());
    }
}
