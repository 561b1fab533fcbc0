package dev.socketworkbench.net.frame;

import java.util.List;

/** The 8-bit ICMP message type; ping uses echo request (8) and echo reply (0). */
public final class IcmpType extends NamedNumber {
    public static final IcmpType ECHO_REPLY = new IcmpType(0, "Echo (ping) reply", true);
    public static final IcmpType DESTINATION_UNREACHABLE = new IcmpType(3, "Destination unreachable", true);
    public static final IcmpType ECHO_REQUEST = new IcmpType(8, "Echo (ping) request", true);
    public static final IcmpType TIME_EXCEEDED = new IcmpType(11, "Time-to-live exceeded", true);

    private static final List<IcmpType> KNOWN = List.of(ECHO_REPLY, DESTINATION_UNREACHABLE, ECHO_REQUEST, TIME_EXCEEDED);

    private IcmpType(int value, String name, boolean known) {
        super(value, name, known);
    }

    public static IcmpType of(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("An ICMP type is 8 bits: " + value);
        }
        for (IcmpType t : KNOWN) {
            if (t.value() == value) {
                return t;
            }
        }
        return new IcmpType(value, "unknown", false);
    }

    /** True for echo request and reply, whose second word is an identifier and a sequence number. */
    public boolean isEcho() {
        return this.equals(ECHO_REQUEST) || this.equals(ECHO_REPLY);
    }

    @Override
    public String formattedValue() {
        return Integer.toString(value());
    }
}
