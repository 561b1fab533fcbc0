package dev.socketworkbench.net.frame;

/**
 * A protocol number together with the name people know it by, such as EtherType 0x0800 "IPv4".
 * Any value of the right width can be represented; only the well-known ones have a name.
 * Two named numbers are equal when they are of the same kind and have the same value.
 */
public abstract sealed class NamedNumber permits EtherType, IpProtocol, ArpOperation, IcmpType {
    private final int value;
    private final String name;
    private final boolean known;

    NamedNumber(int value, String name, boolean known) {
        this.value = value;
        this.name = name;
        this.known = known;
    }

    /** The number as it goes on the wire. */
    public int value() {
        return value;
    }

    /** The well-known name, or "unknown". */
    public String name() {
        return name;
    }

    /** True if this number stands for a protocol or operation this program knows by name. */
    public boolean isKnown() {
        return known;
    }

    /** The value as the protocol's documents write it: {@code 0x0800} for EtherTypes, {@code 17} for IP protocols. */
    public abstract String formattedValue();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((NamedNumber) o).value == value;
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value;
    }

    /** As Wireshark shows it: {@code IPv4 (0x0800)}, {@code unknown (0x1234)}. */
    @Override
    public String toString() {
        return name + " (" + formattedValue() + ")";
    }
}
