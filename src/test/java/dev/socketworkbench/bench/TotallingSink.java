package dev.socketworkbench.bench;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;

import java.util.Locale;

/** An event sink a benchmark can ask, at the end, how many events it saw; chosen by name on the command line. */
interface TotallingSink extends EventSink {

    /** Stops any helper thread and returns the totals, e.g. "events 3 sent 1 received 1", or "" if not counted. */
    String finish() throws InterruptedException;

    /**
     * {@code discard} (EventSink.DISCARD: the engine alone), {@code count} (a counter, like a CLI printing totals)
     * or {@code queue} (a lock-free queue drained once per 60 Hz pulse, like the window's log).
     */
    static TotallingSink named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "discard" -> new TotallingSink() {
                @Override
                public void publish(NetEvent event) {
                    DISCARD.publish(event);
                }

                @Override
                public String finish() {
                    return "";
                }
            };
            case "count" -> new CountingSink();
            case "queue" -> new PulseDrainedQueue();
            default -> throw new IllegalArgumentException("Unknown sink \"" + name + "\"; use discard, count or queue.");
        };
    }
}
