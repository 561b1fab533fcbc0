package dev.socketworkbench.net.frame;

/** The 16-bit ARP operation: a request ("who has?") or a reply ("is at"). */
public final class ArpOperation extends NamedNumber {
    public static final ArpOperation REQUEST = new ArpOperation(1, "request", true);
    public static final ArpOperation REPLY = new ArpOperation(2, "reply", true);

    private ArpOperation(int value, String name, boolean known) {
        super(value, name, known);
    }

    public static ArpOperation of(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("An ARP operation is 16 bits: " + value);
        }
        return switch (value) {
            case 1 -> REQUEST;
            case 2 -> REPLY;
            default -> new ArpOperation(value, "unknown", false);
        };
    }

    @Override
    public String formattedValue() {
        return Integer.toString(value());
    }
}
