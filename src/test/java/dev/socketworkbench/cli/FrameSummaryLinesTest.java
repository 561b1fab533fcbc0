package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.FrameTemplate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSummaryLinesTest {
    private static final long AT = LocalDateTime.of(2024, 5, 6, 14, 3, 7, 42_000_000).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    private static final byte[] ARP = FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes();

    private final List<NetEvent> published = new ArrayList<>();
    private final FrameSummaryLines lines = new FrameSummaryLines(published::add);

    private static NetEvent at(Direction direction, String local, String remote, byte[] payload, String message) {
        return new NetEvent(AT, direction, "frame-test", local, remote, payload.length, payload, message, null);
    }

    private static String text(NetEvent e) {
        return new String(e.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void aSentFrameShowsItsDissectionSummaryAndKeepsItsSize() {
        lines.publish(at(Direction.SENT, "lo", "ff:ff:ff:ff:ff:ff", ARP, "Sent a 60-byte frame to ff:ff:ff:ff:ff:ff on lo."));
        NetEvent shown = published.get(0);
        assertEquals("ARP Who has 10.0.0.2? Tell 10.0.0.1", text(shown));
        assertEquals(60, shown.byteCount());
        assertEquals("lo", shown.local());
        assertEquals("ff:ff:ff:ff:ff:ff", shown.remote());
        assertEquals(AT, shown.timeMillis());
        assertEquals("", shown.message());
    }

    @Test
    void theSameFrameIsDissectedOnceAndAnotherFrameAgain() {
        lines.publish(at(Direction.SENT, "lo", "", ARP, ""));
        lines.publish(at(Direction.SENT, "lo", "", ARP, ""));
        lines.publish(at(Direction.SENT, "lo", "", ARP.clone(), ""));
        assertSame(published.get(0).payload(), published.get(1).payload());
        assertSame(published.get(0).payload(), published.get(2).payload(), "an equal frame in another array is not dissected again");
        byte[] seed = FrameTemplate.SEED.newBuilder().build().toBytes();
        lines.publish(at(Direction.SENT, "lo", "", seed, ""));
        assertNotSame(published.get(0).payload(), published.get(3).payload());
        assertEquals("EtherType 0x0801 (unknown) 85 bytes", text(published.get(3)));
    }

    @Test
    void aFrameKnownInAdvanceIsDissectedBeforeTheFirstSend() {
        List<NetEvent> out = new ArrayList<>();
        byte[] frame = FrameTemplate.SEED.newBuilder().build().toBytes();
        FrameSummaryLines ahead = new FrameSummaryLines(out::add, frame);
        ahead.publish(at(Direction.SENT, "lo", "", frame.clone(), ""));
        ahead.publish(at(Direction.SENT, "lo", "", frame.clone(), ""));
        assertEquals("EtherType 0x0801 (unknown) 85 bytes", text(out.get(0)));
        assertSame(out.get(0).payload(), out.get(1).payload());
    }

    @Test
    void aCapturedFrameShowsTheCapturesSummaryAndNothingTwice() {
        StringWriter out = new StringWriter();
        EventPrinter printer = new EventPrinter(new PrintWriter(out), new PrintWriter(new StringWriter()), StandardCharsets.UTF_8, false);
        try {
            NetEvent captured = at(Direction.RECEIVED, "lo", "02:00:00:00:00:01", ARP,
                    "Outgoing copy: IPv4 header truncated (cut to 60 of 9000 bytes)");
            FrameSummaryLines toPrinter = new FrameSummaryLines(printer);
            toPrinter.publish(captured);
        } finally {
            printer.close();
        }
        assertEquals("14:03:07.042  RECV  02:00:00:00:00:01 -> lo  60 B  Outgoing copy: IPv4 header truncated (cut to 60 of 9000 bytes)"
                + System.lineSeparator(), out.toString());
    }

    @Test
    void infoAndErrorsPassThroughUnchanged() {
        NetEvent info = NetEvent.info("frame-capture", "lo", "", "Capturing every frame on lo.");
        NetEvent error = NetEvent.error("frame-sender", "nosuchif0", "", "There is no network interface named nosuchif0.", null);
        lines.publish(info);
        lines.publish(error);
        assertSame(info, published.get(0));
        assertSame(error, published.get(1));
    }
}
