package dev.socketworkbench.net.raw;

import java.util.Locale;

/**
 * What one {@link FrameSender} run did, for the CLI's exit line and the UI's status bar.
 *
 * @param sent          frames handed to the interface
 * @param nanos         time from the first send to the end of the run
 * @param ratePerSecond frames per second over {@code nanos}
 */
public record FrameSendSummary(long sent, long nanos, double ratePerSecond) {

    /** Before a run, or when it never got to send. */
    public static final FrameSendSummary NONE = new FrameSendSummary(0, 0, 0);

    static FrameSendSummary of(long sent, long nanos) {
        return new FrameSendSummary(sent, nanos, nanos > 0 ? sent * 1e9 / nanos : 0);
    }

    /** "Sent 1,000 frames in 0.004 s (250,000/s)." */
    public String sentence() {
        return String.format(Locale.ROOT, "Sent %,d frame%s in %.3f s (%,.0f/s).", sent, sent == 1 ? "" : "s",
                nanos / 1e9, ratePerSecond);
    }
}
