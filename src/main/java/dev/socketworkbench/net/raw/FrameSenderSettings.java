package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.input.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link FrameSender} sends: the seed's {@code s.send(dst_addr+src_addr+ethertype+payload+checksum)}
 * on one interface, {@code count} times, at a steady rate or as fast as the interface takes them.
 *
 * @param interfaceName the interface to send on, such as {@code lo}
 * @param frame         the whole frame from the destination MAC address on (copied in and out)
 * @param count         how many times to send it, at least 1
 * @param ratePerSecond frames per second; 0 sends as fast as possible
 */
public record FrameSenderSettings(String interfaceName, byte[] frame, long count, long ratePerSecond) {

    public FrameSenderSettings {
        interfaceName = interfaceName == null ? "" : interfaceName.strip();
        frame = frame == null ? new byte[0] : frame.clone();
    }

    /** One frame on {@code interfaceName}. */
    public static FrameSenderSettings of(String interfaceName, byte[] frame) {
        return new FrameSenderSettings(interfaceName, frame, 1, 0);
    }

    @Override
    public byte[] frame() {
        return frame.clone();
    }

    public FrameSenderSettings withCount(long newCount) {
        return new FrameSenderSettings(interfaceName, frame, newCount, ratePerSecond);
    }

    public FrameSenderSettings withRatePerSecond(long rate) {
        return new FrameSenderSettings(interfaceName, frame, count, rate);
    }

    /**
     * Every problem with these settings, one sentence each, in field order; empty if they can be used.
     * Whether the interface exists and the frame fits its MTU is found out when sending.
     */
    public List<InvalidInputException> problems() {
        List<InvalidInputException> found = new ArrayList<>();
        try {
            NetworkInterfaces.checkName("interface", interfaceName);
        } catch (InvalidInputException e) {
            found.add(e);
        }
        if (frame.length < EthernetFrame.HEADER_SIZE) {
            found.add(new InvalidInputException("frame", "The frame is " + frame.length + (frame.length == 1 ? " byte" : " bytes")
                    + ", shorter than the 14-byte Ethernet header (destination, source, EtherType); build a whole frame."));
        }
        if (count < 1) {
            found.add(new InvalidInputException("count", "The count " + count + " is less than 1; send at least one frame."));
        }
        if (ratePerSecond < 0) {
            found.add(new InvalidInputException("rate", "The rate " + ratePerSecond
                    + " frames/s is negative; use 0 to send as fast as possible or a number of frames per second."));
        }
        return List.copyOf(found);
    }

    /** Throws the first of {@link #problems()}, if any. */
    public FrameSenderSettings validate() throws InvalidInputException {
        List<InvalidInputException> all = problems();
        if (!all.isEmpty()) {
            throw all.get(0);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameSenderSettings s && interfaceName.equals(s.interfaceName) && Arrays.equals(frame, s.frame)
                && count == s.count && ratePerSecond == s.ratePerSecond;
    }

    @Override
    public int hashCode() {
        return Objects.hash(interfaceName, Arrays.hashCode(frame), count, ratePerSecond);
    }

    @Override
    public String toString() {
        return "FrameSenderSettings[" + interfaceName + ", " + frame.length + " bytes x " + count + ", "
                + (ratePerSecond == 0 ? "as fast as possible" : ratePerSecond + "/s") + "]";
    }
}
