package dev.socketworkbench.net.frame;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An ARP message for IPv4 over Ethernet (RFC 826): "who has 10.0.0.2? tell 10.0.0.1" and its
 * reply "10.0.0.2 is at 02:00:00:00:00:02". 28 bytes; a frame carrying it is padded to 60.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Hardware type (1)         |     Protocol type (0x0800)    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Hw size (6)   | Proto size (4)|  Operation (1 req, 2 reply)   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |              Sender MAC address (6 bytes)                     |
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |  Sender IPv4 address          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  (sender IPv4, cont.)         |  Target MAC address (6 bytes) |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |              Target IPv4 address                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class ArpPacket extends WirePacket {
    public static final int HARDWARE_TYPE_OFFSET = 0;
    public static final int PROTOCOL_TYPE_OFFSET = 2;
    public static final int HARDWARE_SIZE_OFFSET = 4;
    public static final int PROTOCOL_SIZE_OFFSET = 5;
    public static final int OPERATION_OFFSET = 6;
    public static final int SENDER_MAC_OFFSET = 8;
    public static final int SENDER_IP_OFFSET = 14;
    public static final int TARGET_MAC_OFFSET = 18;
    public static final int TARGET_IP_OFFSET = 24;
    public static final int SIZE = 28;
    /** Hardware type 1: Ethernet. */
    public static final int HARDWARE_TYPE_ETHERNET = 1;

    private final int hardwareType;
    private final EtherType protocolType;
    private final ArpOperation operation;
    private final MacAddress senderMac;
    private final Inet4Address senderIp;
    private final MacAddress targetMac;
    private final Inet4Address targetIp;

    private ArpPacket(int hardwareType, EtherType protocolType, ArpOperation operation, MacAddress senderMac,
                      Inet4Address senderIp, MacAddress targetMac, Inet4Address targetIp, byte[] raw) {
        super(raw);
        this.hardwareType = hardwareType;
        this.protocolType = protocolType;
        this.operation = operation;
        this.senderMac = senderMac;
        this.senderIp = senderIp;
        this.targetMac = targetMac;
        this.targetIp = targetIp;
    }

    /** Reads the 28 bytes from {@code offset}; anything after them is not part of the ARP message. */
    public static ArpPacket parse(byte[] data, int offset, int length) throws MalformedDataException {
        ByteBuffer buf = ByteBuffer.wrap(data);
        if (length > PROTOCOL_SIZE_OFFSET && ((data[offset + HARDWARE_SIZE_OFFSET] & 0xFF) != MacAddress.SIZE
                || (data[offset + PROTOCOL_SIZE_OFFSET] & 0xFF) != Ipv4Addresses.SIZE)) {
            throw new MalformedDataException("ARP", false, "The ARP message has address sizes "
                    + (data[offset + HARDWARE_SIZE_OFFSET] & 0xFF) + " and " + (data[offset + PROTOCOL_SIZE_OFFSET] & 0xFF)
                    + ", but only Ethernet (6) and IPv4 (4) addresses are understood here.", data, offset, length);
        }
        if (length < SIZE) {
            throw MalformedDataException.tooShort("ARP", SIZE, data, offset, length);
        }
        return new ArpPacket(buf.getShort(offset + HARDWARE_TYPE_OFFSET) & 0xFFFF,
                EtherType.of(buf.getShort(offset + PROTOCOL_TYPE_OFFSET) & 0xFFFF),
                ArpOperation.of(buf.getShort(offset + OPERATION_OFFSET) & 0xFFFF),
                MacAddress.of(data, offset + SENDER_MAC_OFFSET), Ipv4Addresses.of(data, offset + SENDER_IP_OFFSET),
                MacAddress.of(data, offset + TARGET_MAC_OFFSET), Ipv4Addresses.of(data, offset + TARGET_IP_OFFSET),
                Arrays.copyOfRange(data, offset, offset + SIZE));
    }

    public int hardwareType() {
        return hardwareType;
    }

    public EtherType protocolType() {
        return protocolType;
    }

    public ArpOperation operation() {
        return operation;
    }

    public MacAddress senderMac() {
        return senderMac;
    }

    public Inet4Address senderIp() {
        return senderIp;
    }

    public MacAddress targetMac() {
        return targetMac;
    }

    public Inet4Address targetIp() {
        return targetIp;
    }

    @Override
    public Optional<Packet> payload() {
        return Optional.empty();
    }

    @Override
    public Builder toBuilder() {
        return new Builder().hardwareType(hardwareType).protocolType(protocolType).operation(operation)
                .senderMac(senderMac).senderIp(senderIp).targetMac(targetMac).targetIp(targetIp);
    }

    @Override
    public String toString() {
        return "ArpPacket[" + operation + " " + senderMac + "/" + senderIp.getHostAddress()
                + " -> " + targetMac + "/" + targetIp.getHostAddress() + "]";
    }

    /** Collects an ARP message; a request by default, target MAC 00:00:00:00:00:00 (unknown, that is what is asked). */
    public static final class Builder implements Packet.Builder {
        private int hardwareType = HARDWARE_TYPE_ETHERNET;
        private EtherType protocolType = EtherType.IPV4;
        private ArpOperation operation = ArpOperation.REQUEST;
        private MacAddress senderMac;
        private Inet4Address senderIp;
        private MacAddress targetMac = MacAddress.ZERO;
        private Inet4Address targetIp;

        public Builder hardwareType(int hardwareType) {
            if (hardwareType < 0 || hardwareType > 0xFFFF) {
                throw new IllegalArgumentException("The ARP hardware type is 16 bits: " + hardwareType);
            }
            this.hardwareType = hardwareType;
            return this;
        }

        public Builder protocolType(EtherType protocolType) {
            this.protocolType = Objects.requireNonNull(protocolType, "protocolType");
            return this;
        }

        public Builder operation(ArpOperation operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
            return this;
        }

        public Builder senderMac(MacAddress senderMac) {
            this.senderMac = senderMac;
            return this;
        }

        public Builder senderIp(Inet4Address senderIp) {
            this.senderIp = senderIp;
            return this;
        }

        public Builder targetMac(MacAddress targetMac) {
            this.targetMac = targetMac;
            return this;
        }

        public Builder targetIp(Inet4Address targetIp) {
            this.targetIp = targetIp;
            return this;
        }

        @Override
        public ArpPacket build() {
            if (senderMac == null || senderIp == null || targetMac == null || targetIp == null) {
                throw new IllegalStateException("Set the sender and target MAC and IPv4 addresses before building an ARP message.");
            }
            byte[] raw = new byte[SIZE];
            ByteBuffer buf = ByteBuffer.wrap(raw);
            buf.putShort(HARDWARE_TYPE_OFFSET, (short) hardwareType);
            buf.putShort(PROTOCOL_TYPE_OFFSET, (short) protocolType.value());
            raw[HARDWARE_SIZE_OFFSET] = MacAddress.SIZE;
            raw[PROTOCOL_SIZE_OFFSET] = Ipv4Addresses.SIZE;
            buf.putShort(OPERATION_OFFSET, (short) operation.value());
            senderMac.writeTo(raw, SENDER_MAC_OFFSET);
            System.arraycopy(senderIp.getAddress(), 0, raw, SENDER_IP_OFFSET, Ipv4Addresses.SIZE);
            targetMac.writeTo(raw, TARGET_MAC_OFFSET);
            System.arraycopy(targetIp.getAddress(), 0, raw, TARGET_IP_OFFSET, Ipv4Addresses.SIZE);
            return new ArpPacket(hardwareType, protocolType, operation, senderMac, senderIp, targetMac, targetIp, raw);
        }
    }
}
