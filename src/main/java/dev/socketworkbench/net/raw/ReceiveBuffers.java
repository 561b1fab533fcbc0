package dev.socketworkbench.net.raw;

import com.sun.jna.Memory;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.linux.KernelStructs.CmsgHdr;
import dev.socketworkbench.net.linux.KernelStructs.IoVec;
import dev.socketworkbench.net.linux.KernelStructs.MsgHdr;
import dev.socketworkbench.net.linux.KernelStructs.PollFd;
import dev.socketworkbench.net.linux.KernelStructs.SockaddrLl;
import dev.socketworkbench.net.linux.KernelStructs.Timespec;
import dev.socketworkbench.net.linux.KernelStructs.TpacketAuxdata;
import dev.socketworkbench.net.linux.Libc;

import java.time.Instant;

/**
 * Native memory for receiving with poll and recvmsg, and what the last recvmsg said about its frame:
 * the sender's {@code sockaddr_ll} (was it an outgoing copy?), the PACKET_AUXDATA control message (the
 * 802.1Q tag the kernel took out, the real length) and the SO_TIMESTAMPNS control message (the time).
 * Used under the socket's receive lock.
 */
final class ReceiveBuffers implements AutoCloseable {
    private static final int NAME_SIZE = 32;
    private static final int CONTROL_SIZE = 256;
    /** poll() entries: the socket, then the eventfd that close() writes to. */
    static final int SOCKET_ENTRY = 0;
    static final int WAKE_ENTRY = PollFd.SIZE;

    private final Memory data;
    private final Memory name = new Memory(NAME_SIZE);
    private final Memory control = new Memory(CONTROL_SIZE);
    private final Memory ioVec = new Memory(IoVec.SIZE);
    private final Memory message = new Memory(MsgHdr.SIZE);
    private final Memory pollFds = new Memory(2L * PollFd.SIZE);

    private int received;
    private int wireLength;
    private boolean outgoing;
    private boolean tagged;
    private int tagProtocol;
    private int tagControl;
    private Instant time;

    ReceiveBuffers(int capacity, int socketFd, int wakeFd) {
        data = new Memory(capacity);
        ioVec.setPointer(IoVec.BASE, data);
        ioVec.setLong(IoVec.LENGTH, capacity);
        message.clear();
        message.setPointer(MsgHdr.NAME, name);
        message.setPointer(MsgHdr.IOV, ioVec);
        message.setLong(MsgHdr.IOV_LENGTH, 1);
        message.setPointer(MsgHdr.CONTROL, control);
        pollFds.clear();
        pollFds.setInt(SOCKET_ENTRY + PollFd.FD, socketFd);
        pollFds.setShort(SOCKET_ENTRY + PollFd.EVENTS, Libc.POLLIN);
        pollFds.setInt(WAKE_ENTRY + PollFd.FD, wakeFd);
        pollFds.setShort(WAKE_ENTRY + PollFd.EVENTS, Libc.POLLIN);
    }

    /** The two poll entries, their answers cleared. */
    Memory pollFds() {
        pollFds.setShort(SOCKET_ENTRY + PollFd.REVENTS, (short) 0);
        pollFds.setShort(WAKE_ENTRY + PollFd.REVENTS, (short) 0);
        return pollFds;
    }

    boolean answered(int entry) {
        return pollFds.getShort(entry + PollFd.REVENTS) != 0;
    }

    /** The msghdr for the next recvmsg, with the address and control lengths reset to the buffers' sizes. */
    Memory message() {
        message.setInt(MsgHdr.NAME_LENGTH, NAME_SIZE);
        message.setLong(MsgHdr.CONTROL_LENGTH, CONTROL_SIZE);
        message.setInt(MsgHdr.FLAGS, 0);
        return message;
    }

    /** Reads what recvmsg reported; {@code result} is its return value with MSG_TRUNC: the frame's full length. */
    void read(long result) {
        received = (int) Math.min(result, data.size());
        wireLength = (int) result;
        outgoing = (name.getByte(SockaddrLl.PKTTYPE) & 0xFF) == SockaddrLl.PACKET_OUTGOING;
        tagged = false;
        time = null;
        long end = message.getLong(MsgHdr.CONTROL_LENGTH);
        for (long at = 0; at + CmsgHdr.DATA <= end; ) {
            long length = control.getLong(at + CmsgHdr.LENGTH);
            if (length < CmsgHdr.DATA) {
                break;
            }
            int level = control.getInt(at + CmsgHdr.LEVEL);
            int type = control.getInt(at + CmsgHdr.TYPE);
            long body = at + CmsgHdr.DATA;
            if (level == Libc.SOL_PACKET && type == Libc.PACKET_AUXDATA && length >= CmsgHdr.DATA + TpacketAuxdata.SIZE) {
                int status = control.getInt(body + TpacketAuxdata.STATUS);
                if ((status & TpacketAuxdata.TP_STATUS_VLAN_VALID) != 0) {
                    tagged = true;
                    tagControl = control.getShort(body + TpacketAuxdata.VLAN_TCI) & 0xFFFF;
                    tagProtocol = (status & TpacketAuxdata.TP_STATUS_VLAN_TPID_VALID) != 0
                            ? control.getShort(body + TpacketAuxdata.VLAN_TPID) & 0xFFFF : EtherType.VLAN.value();
                }
            } else if (level == Libc.SOL_SOCKET && type == Libc.SO_TIMESTAMPNS && length >= CmsgHdr.DATA + Timespec.SIZE) {
                time = Instant.ofEpochSecond(control.getLong(body + Timespec.SECONDS), control.getLong(body + Timespec.NANOS));
            }
            at += CmsgHdr.align(length);
        }
        if (tagged && received >= EthernetFrame.TYPE_OFFSET) {
            wireLength += 4;
        } else {
            tagged = false;
        }
    }

    boolean outgoing() {
        return outgoing;
    }

    /** The frame's length as the interface carried it, tag included. */
    int wireLength() {
        return wireLength;
    }

    /** Bytes {@link #copyTo} can give: what was kept, plus a tag put back. */
    int keptLength() {
        return received + (tagged ? 4 : 0);
    }

    /** When the kernel took the frame in; now if it did not say. */
    Instant time() {
        return time != null ? time : Instant.now();
    }

    /** Copies the frame into {@code out}, putting back a tag the kernel took out; returns the bytes copied. */
    int copyTo(byte[] out) {
        if (!tagged) {
            int n = Math.min(received, out.length);
            data.read(0, out, 0, n);
            return n;
        }
        int split = EthernetFrame.TYPE_OFFSET;
        byte[] tag = {(byte) (tagProtocol >>> 8), (byte) tagProtocol, (byte) (tagControl >>> 8), (byte) tagControl};
        int n = Math.min(received + tag.length, out.length);
        data.read(0, out, 0, Math.min(split, n));
        if (n > split) {
            System.arraycopy(tag, 0, out, split, Math.min(tag.length, n - split));
        }
        if (n > split + tag.length) {
            data.read(split, out, split + tag.length, n - split - tag.length);
        }
        return n;
    }

    @Override
    public void close() {
        data.close();
        name.close();
        control.close();
        ioVec.close();
        message.close();
        pollFds.close();
    }
}
