package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.input.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * The 16-bit EtherType of an Ethernet II frame: which protocol the payload belongs to.
 * Values below 0x0600 (1536) are not EtherTypes but the length of an IEEE 802.3 frame.
 */
public final class EtherType extends NamedNumber {
    /** Internet Protocol version 4. */
    public static final EtherType IPV4 = new EtherType(0x0800, "IPv4", true);
    /** The seed's example type: registered long ago (X.75 Internet) and unused today, so nothing will parse it. */
    public static final EtherType SEED_EXAMPLE = new EtherType(0x0801, "unknown; the seed's example", false);
    /** Address Resolution Protocol. */
    public static final EtherType ARP = new EtherType(0x0806, "ARP", true);
    /** An IEEE 802.1Q VLAN tag follows (the tag protocol identifier, TPID). */
    public static final EtherType VLAN = new EtherType(0x8100, "802.1Q VLAN", true);
    /** Internet Protocol version 6. */
    public static final EtherType IPV6 = new EtherType(0x86DD, "IPv6", true);

    /** The smallest EtherType; smaller values in the same place are an 802.3 length. */
    public static final int MIN_VALUE = 0x0600;

    private static final List<EtherType> KNOWN = List.of(IPV4, SEED_EXAMPLE, ARP, VLAN, IPV6);

    private EtherType(int value, String name, boolean known) {
        super(value, name, known);
    }

    /** The typed constant for {@code value} if there is one, else an unnamed EtherType. */
    public static EtherType of(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("An EtherType is 16 bits: " + value);
        }
        for (EtherType t : KNOWN) {
            if (t.value() == value) {
                return t;
            }
        }
        return new EtherType(value, "unknown", false);
    }

    /** The named EtherTypes, for a drop-down. */
    public static List<EtherType> known() {
        return KNOWN;
    }

    /**
     * Parses what a user typed: {@code 0x0801} (hex with 0x), {@code 0801} or {@code 86DD} (four hex
     * digits that start with 0 or contain a letter), {@code 2049} (otherwise decimal), or a name such as
     * {@code IPv4}, {@code ARP}, {@code VLAN}, {@code IPv6}.
     * Note that {@code 8100} without 0x is read as decimal 8100; type {@code 0x8100} for VLAN.
     */
    public static EtherType parse(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException(field, "The EtherType is empty; type a 16-bit number such as 0x0800 (IPv4) or 0x0801.");
        }
        for (EtherType k : KNOWN) {
            if (k.isKnown() && (k.name().equalsIgnoreCase(t) || (k == VLAN && t.equalsIgnoreCase("VLAN")))) {
                return k;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int value;
        try {
            if (lower.startsWith("0x")) {
                value = Integer.parseInt(lower.substring(2), 16);
            } else if (lower.length() == 4 && lower.matches("[0-9a-f]{4}") && (lower.charAt(0) == '0' || !lower.matches("\\d+"))) {
                value = Integer.parseInt(lower, 16);
            } else {
                value = Integer.parseInt(lower);
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "The EtherType \"" + t + "\" is not a number; type hex such as 0x0801 or decimal such as 2049.");
        }
        if (value > 0xFFFF || value < 0) {
            throw new InvalidInputException(field, "The EtherType " + t + " is too large; it is a 16-bit field, so use 0x0600 to 0xFFFF.");
        }
        if (value < MIN_VALUE) {
            throw new InvalidInputException(field, "The EtherType " + t + " is below 0x0600, where receivers read it as an IEEE 802.3 length instead; use 0x0600 to 0xFFFF.");
        }
        return of(value);
    }

    @Override
    public String formattedValue() {
        return String.format("0x%04x", value());
    }
}
