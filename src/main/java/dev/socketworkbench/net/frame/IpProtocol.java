package dev.socketworkbench.net.frame;

import java.util.List;

/** The 8-bit protocol number in an IPv4 header: what the IP payload is. */
public final class IpProtocol extends NamedNumber {
    public static final IpProtocol ICMP = new IpProtocol(1, "ICMP", true);
    public static final IpProtocol TCP = new IpProtocol(6, "TCP", true);
    public static final IpProtocol UDP = new IpProtocol(17, "UDP", true);

    private static final List<IpProtocol> KNOWN = List.of(ICMP, TCP, UDP);

    private IpProtocol(int value, String name, boolean known) {
        super(value, name, known);
    }

    public static IpProtocol of(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("An IP protocol number is 8 bits: " + value);
        }
        for (IpProtocol p : KNOWN) {
            if (p.value() == value) {
                return p;
            }
        }
        return new IpProtocol(value, "unknown", false);
    }

    @Override
    public String formattedValue() {
        return Integer.toString(value());
    }
}
