package dev.socketworkbench.net.udp;

import java.util.Locale;

/**
 * What one {@link UdpSender} run did, for the CLI's exit line and the UI's status bar.
 *
 * @param sent          datagrams handed to the system
 * @param nanos         time from the first send to the end of the run
 * @param ratePerSecond datagrams per second over {@code nanos}
 * @param replies       datagrams answered within the reply timeout
 * @param unreachable   sends refused with ICMP port unreachable (nothing listening); the run stops at the first
 * @param timeouts      datagrams with no reply within the timeout
 */
public record SendSummary(long sent, long nanos, double ratePerSecond, long replies, long unreachable, long timeouts) {

    /** Before a run, or when it never got to send. */
    public static final SendSummary NONE = new SendSummary(0, 0, 0, 0, 0, 0);

    static SendSummary of(long sent, long nanos, long replies, long unreachable, long timeouts) {
        double rate = nanos > 0 ? sent * 1e9 / nanos : 0;
        return new SendSummary(sent, nanos, rate, replies, unreachable, timeouts);
    }

    /** "Sent 1,000 datagrams in 0.004 s (250,000/s)." plus the reply counts when replies were awaited. */
    public String sentence(boolean waitedForReplies) {
        String base = String.format(Locale.ROOT, "Sent %,d datagram%s in %.3f s (%,.0f/s)",
                sent, sent == 1 ? "" : "s", nanos / 1e9, ratePerSecond);
        if (!waitedForReplies) {
            return base + ".";
        }
        return base + String.format(Locale.ROOT, ", %,d repl%s, %,d without reply, %,d refused.",
                replies, replies == 1 ? "y" : "ies", timeouts, unreachable);
    }
}
