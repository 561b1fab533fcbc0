package dev.socketworkbench.net.frame;

import dev.socketworkbench.net.input.InvalidInputException;

/**
 * An IEEE 802.1Q VLAN tag, the four bytes a tagged frame carries between the source address
 * and the EtherType:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |        TPID = 0x8100          | PCP |D|        VLAN ID        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The last two bytes are the tag control information (TCI).
 *
 * @param priority     PCP, 0-7 (0 = best effort, 7 = highest)
 * @param dropEligible DEI: may be dropped first under congestion
 * @param vlanId       0-4095; 0 means "priority tag only", 4095 is reserved
 */
public record VlanTag(int priority, boolean dropEligible, int vlanId) {
    /** Bytes the tag adds to a frame. */
    public static final int SIZE = 4;
    public static final int MAX_PRIORITY = 7;
    public static final int MAX_VLAN_ID = 4095;

    public VlanTag {
        try {
            check(priority, vlanId);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A tag from values the user typed, with a sentence for the field that is out of range. */
    public static VlanTag of(int priority, boolean dropEligible, int vlanId) throws InvalidInputException {
        check(priority, vlanId);
        return new VlanTag(priority, dropEligible, vlanId);
    }

    private static void check(int priority, int vlanId) throws InvalidInputException {
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new InvalidInputException("vlanPriority", "The VLAN priority (PCP) " + priority
                    + " is outside 0-7; the tag has three bits for it.");
        }
        if (vlanId < 0 || vlanId > MAX_VLAN_ID) {
            throw new InvalidInputException("vlanId", "The VLAN ID " + vlanId
                    + " is outside 0-4095; the tag has twelve bits for it.");
        }
    }

    /** The tag from its 16-bit tag control information. */
    public static VlanTag fromTci(int tci) {
        return new VlanTag(tci >>> 13 & 0x7, (tci & 0x1000) != 0, tci & 0x0FFF);
    }

    /** The 16-bit tag control information: PCP, DEI, VLAN ID. */
    public int tci() {
        return priority << 13 | (dropEligible ? 0x1000 : 0) | vlanId;
    }
}
