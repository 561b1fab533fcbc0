package dev.socketworkbench.cli;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.FrameDissector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Puts a frame's dissection summary where the {@link EventPrinter} shows a datagram's payload, so
 * {@code frame send} and {@code frame capture} print through the same printer as the UDP commands, and a
 * frame reads as Wireshark's Info column rather than as a hundred hex bytes:
 * <pre>
 * 14:03:09.020  SENT  lo -> 01:02:03:04:05:06  85 B  EtherType 0x0801 (unknown) 85 bytes
 * 14:03:09.021  RECV  01:02:03:04:05:06 -> lo  64 B  EtherType 0x88b5 (unknown) 64 bytes
 * </pre>
 * A captured frame's event already carries the summary as its message. A sent frame's is worked out here,
 * before the sender starts its clock when the frame is known in advance, so dissecting it (and loading the
 * dissector) does not count against the rate in the summary line; after that once per frame array, because
 * the sender reports every copy of a run with the same array (and the printer formats a repeated array once).
 * Other events pass through unchanged.
 * Thread-safe as the engines use it: one engine thread publishes.
 */
final class FrameSummaryLines implements EventSink {
    private final EventSink printer;
    // Guarded by this.
    private byte[] lastFrame;
    private byte[] lastSummary;

    /** Dissects sent frames as they come. */
    FrameSummaryLines(EventSink printer) {
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    /** With the summary of {@code frame}, the frame a sender is about to send, worked out now. */
    FrameSummaryLines(EventSink printer, byte[] frame) {
        this(printer);
        lastFrame = frame.clone();
        lastSummary = summaryOf(lastFrame);
    }

    @Override
    public void publish(NetEvent event) {
        switch (event.direction()) {
            case SENT -> printer.publish(withShown(event, summaryOfSent(event.payload())));
            case RECEIVED -> printer.publish(withShown(event, event.message().getBytes(StandardCharsets.UTF_8)));
            case INFO, ERROR -> printer.publish(event);
        }
    }

    private synchronized byte[] summaryOfSent(byte[] frame) {
        if (frame != lastFrame) {
            if (!Arrays.equals(frame, lastFrame)) {
                lastSummary = summaryOf(frame);
            }
            lastFrame = frame;
        }
        return lastSummary;
    }

    private static byte[] summaryOf(byte[] frame) {
        return FrameDissector.dissect(frame).summary().getBytes(StandardCharsets.UTF_8);
    }

    /** The event with {@code shown} as its printed text; the byte count stays the frame's. */
    private static NetEvent withShown(NetEvent event, byte[] shown) {
        // The message is left out: the printer would append it to a line that mentions "truncated".
        return new NetEvent(event.timeMillis(), event.direction(), event.source(), event.local(), event.remote(),
                event.byteCount(), shown, "", event.cause());
    }
}
