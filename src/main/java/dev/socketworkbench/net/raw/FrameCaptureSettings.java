package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.input.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link FrameCapture} listens for: the frames on one interface, optionally only one EtherType,
 * until {@code count} frames came or it is stopped, optionally saved to a pcap file for Wireshark.
 *
 * @param interfaceName the interface to listen on, such as {@code lo}
 * @param etherType     only frames of this EtherType (after an 802.1Q tag), or null for every frame
 * @param count         stop after this many frames; 0 listens until stopped
 * @param pcapFile      the pcap file to write (created or replaced), or null for none
 */
public record FrameCaptureSettings(String interfaceName, EtherType etherType, long count, Path pcapFile) {

    public FrameCaptureSettings {
        interfaceName = interfaceName == null ? "" : interfaceName.strip();
    }

    /** Every frame on {@code interfaceName} until stopped, no file. */
    public static FrameCaptureSettings on(String interfaceName) {
        return new FrameCaptureSettings(interfaceName, null, 0, null);
    }

    public FrameCaptureSettings withEtherType(EtherType type) {
        return new FrameCaptureSettings(interfaceName, type, count, pcapFile);
    }

    public FrameCaptureSettings withCount(long newCount) {
        return new FrameCaptureSettings(interfaceName, etherType, newCount, pcapFile);
    }

    public FrameCaptureSettings withPcapFile(Path file) {
        return new FrameCaptureSettings(interfaceName, etherType, count, file);
    }

    /** Every problem with these settings, one sentence each, in field order; empty if they can be used. */
    public List<InvalidInputException> problems() {
        List<InvalidInputException> found = new ArrayList<>();
        try {
            NetworkInterfaces.checkName("interface", interfaceName);
        } catch (InvalidInputException e) {
            found.add(e);
        }
        if (count < 0) {
            found.add(new InvalidInputException("count", "The count " + count
                    + " is negative; use 0 to capture until stopped or a number of frames."));
        }
        if (pcapFile != null && pcapFile.getFileName() == null) {
            found.add(new InvalidInputException("pcapFile", "The capture file \"" + pcapFile
                    + "\" names no file; type a file name such as capture.pcap."));
        }
        return List.copyOf(found);
    }

    /** Throws the first of {@link #problems()}, if any. */
    public FrameCaptureSettings validate() throws InvalidInputException {
        List<InvalidInputException> all = problems();
        if (!all.isEmpty()) {
            throw all.get(0);
        }
        return this;
    }
}
