package dev.socketworkbench.net.raw;

import java.util.Locale;

/**
 * What one {@link FrameCapture} run did.
 *
 * @param captured frames reported (and saved, with a pcap file)
 * @param dropped  frames the kernel dropped because they came faster than the capture took them
 * @param nanos    time from the start of listening to the end of the run
 */
public record CaptureSummary(long captured, long dropped, long nanos) {

    /** Before a run, or when it never got to listen. */
    public static final CaptureSummary NONE = new CaptureSummary(0, 0, 0);

    /** "Captured 3 frames on lo in 1.204 s." plus the drops, if any. */
    public String sentence(String interfaceName) {
        String base = String.format(Locale.ROOT, "Captured %,d frame%s on %s in %.3f s.", captured, captured == 1 ? "" : "s",
                interfaceName, nanos / 1e9);
        return dropped == 0 ? base : base + String.format(Locale.ROOT,
                " The kernel dropped %,d more because they came faster than they could be taken; filter on an EtherType"
                        + " to capture fewer.", dropped);
    }
}
