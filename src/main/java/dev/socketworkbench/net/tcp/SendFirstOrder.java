package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a send's SENT row ahead of what the reading thread reports while that send is being written.
 * A client writes on the caller's thread and reads on its own; a server that answers at once (or
 * answers and closes) made the reader publish RECEIVED and "Peer closed" before the writer, back from
 * {@code write}, published SENT, so the log showed the answer above the question. Events the reader
 * publishes during a send wait here (at most {@value #MAX_HELD}, in order) and follow the SENT row.
 * Nothing blocks on I/O while holding this object's lock.
 */
final class SendFirstOrder {
    /** A send that stays blocked while the peer keeps talking lets the reader's rows through after this many. */
    static final int MAX_HELD = 256;

    private final EventSink sink;
    private final List<NetEvent> held = new ArrayList<>();
    private int sending;

    SendFirstOrder(EventSink sink) {
        this.sink = sink;
    }

    /** Called before a send's first write. */
    synchronized void sendStarts() {
        sending++;
    }

    /** Called after the send, with its SENT event, or null when it failed (its error is already out). */
    synchronized void sendEnds(NetEvent sent) {
        if (sent != null) {
            sink.publish(sent);
        }
        if (--sending == 0) {
            flush();
        }
    }

    /** What the reading thread reports: at once, or after the send in progress. */
    synchronized void fromReader(NetEvent event) {
        if (sending == 0) {
            sink.publish(event);
        } else if (held.size() < MAX_HELD) {
            held.add(event);
        } else {
            flush();
            sink.publish(event);
        }
    }

    private void flush() {
        held.forEach(sink::publish);
        held.clear();
    }
}
