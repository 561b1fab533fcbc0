package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.MacAddress;

import java.util.Arrays;

/**
 * The RECEIVED event of each frame a {@link FrameCapture} takes: the sender's MAC address as the remote end
 * and the {@link FrameDissector} summary as the message. It remembers the last frame's text, because a
 * sender often repeats one frame many times (the workbench's own sender does) and dissecting the same
 * bytes again gives the same text; comparing 60 bytes costs far less than dissecting them, which matters
 * when frames come at 100,000 a second on a JVM that has not yet compiled the dissector.
 */
final class CaptureEvents {
    private final String source;
    private final String interfaceName;
    private byte[] lastBytes = new byte[0];
    private String lastSender = "";
    private String lastSummary = "";

    CaptureEvents(String source, String interfaceName) {
        this.source = source;
        this.interfaceName = interfaceName;
    }

    NetEvent of(ReceivedFrame frame) {
        byte[] bytes = frame.bytes();
        if (!Arrays.equals(bytes, lastBytes)) {
            lastSender = bytes.length >= EthernetFrame.HEADER_SIZE ? MacAddress.of(bytes, EthernetFrame.SOURCE_OFFSET).toString() : "";
            lastSummary = FrameDissector.dissect(bytes).summary();
            lastBytes = bytes;   // never changed: a ReceivedFrame's bytes are its own
        }
        String summary = lastSummary;
        if (frame.isTruncated()) {
            summary += " (cut to " + bytes.length + " of " + frame.wireLength() + " bytes)";
        }
        return NetEvent.received(source, interfaceName, lastSender, bytes, frame.outgoing() ? "Outgoing copy: " + summary : summary);
    }
}
