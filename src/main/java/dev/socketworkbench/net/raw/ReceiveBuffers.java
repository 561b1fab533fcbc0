package dev.socketworkbench.net.raw;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.linux.Errno;
import dev.socketworkbench.net.linux.KernelStructs.CmsgHdr;
import dev.socketworkbench.net.linux.KernelStructs.IoVec;
import dev.socketworkbench.net.linux.KernelStructs.MmsgHdr;
import dev.socketworkbench.net.linux.KernelStructs.MsgHdr;
import dev.socketworkbench.net.linux.KernelStructs.PollFd;
import dev.socketworkbench.net.linux.KernelStructs.SockaddrLl;
import dev.socketworkbench.net.linux.KernelStructs.Timespec;
import dev.socketworkbench.net.linux.KernelStructs.TpacketAuxdata;
import dev.socketworkbench.net.linux.Libc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * Native memory for receiving up to {@link #BATCH} frames with one recvmmsg, and what the kernel said
 * about the frame being handed out: the sender's {@code sockaddr_ll} (was it an outgoing copy?), the
 * PACKET_AUXDATA control message (the 802.1Q tag the kernel took out) and the SO_TIMESTAMPNS control
 * message (the time). When frames come faster than they are taken, one system call fetches a whole
 * batch of them instead of a poll and a recvmsg for each.
 *
 * <p>The kernel's answers are read through {@link ByteBuffer} views of the native memory, which the JIT
 * turns into plain loads; a JNA {@code Memory.getInt} is a native call each. Used under the socket's
 * receive lock.
 */
final class ReceiveBuffers implements AutoCloseable {
    /** Frames per recvmmsg: enough that a backlog drains at a small fraction of a system call per frame. */
    static final int BATCH = 32;
    private static final int NAME_SIZE = 32;
    private static final int CONTROL_SIZE = 256;
    /** poll() entries: the socket, then the eventfd that close() writes to. */
    static final int SOCKET_ENTRY = 0;
    static final int WAKE_ENTRY = PollFd.SIZE;

    private final int socketFd;
    /** Bytes the kernel may write for one frame; a longer one is cut to this. */
    private final int capacity;
    /** Bytes of each frame slot in {@link #data}: the largest frame, rounded up to a cache line. */
    private final int slotSize;
    private final Memory data;
    private final Memory names = new Memory((long) BATCH * NAME_SIZE);
    private final Memory controls = new Memory((long) BATCH * CONTROL_SIZE);
    private final Memory ioVecs = new Memory((long) BATCH * IoVec.SIZE);
    private final Memory messages = new Memory((long) BATCH * MmsgHdr.SIZE);
    private final Memory pollFds = new Memory(2L * PollFd.SIZE);
    private final ByteBuffer dataView;
    private final ByteBuffer nameView;
    private final ByteBuffer controlView;
    private final ByteBuffer messageView;

    /** Frames the last recvmmsg gave, and the index of the one handed out ({@code -1} before the first). */
    private int count;
    private int current = -1;

    private int received;
    private int wireLength;
    private boolean outgoing;
    private boolean tagged;
    private int tagProtocol;
    private int tagControl;
    private Instant time;

    ReceiveBuffers(int capacity, int socketFd, int wakeFd) {
        this.socketFd = socketFd;
        this.capacity = capacity;
        slotSize = (capacity + 63) & ~63;
        data = new Memory((long) BATCH * slotSize);   // untouched pages cost no RAM: only the bytes of real frames are written
        messages.clear();
        for (int i = 0; i < BATCH; i++) {
            long vec = (long) i * IoVec.SIZE;
            ioVecs.setPointer(vec + IoVec.BASE, data.share((long) i * slotSize));
            ioVecs.setLong(vec + IoVec.LENGTH, capacity);
            long m = (long) i * MmsgHdr.SIZE;
            messages.setPointer(m + MsgHdr.NAME, names.share((long) i * NAME_SIZE));
            messages.setPointer(m + MsgHdr.IOV, ioVecs.share(vec));
            messages.setLong(m + MsgHdr.IOV_LENGTH, 1);
            messages.setPointer(m + MsgHdr.CONTROL, controls.share((long) i * CONTROL_SIZE));
        }
        dataView = data.getByteBuffer(0, data.size());
        nameView = names.getByteBuffer(0, names.size()).order(ByteOrder.nativeOrder());
        controlView = controls.getByteBuffer(0, controls.size()).order(ByteOrder.nativeOrder());
        messageView = messages.getByteBuffer(0, messages.size()).order(ByteOrder.nativeOrder());
        resetSlots(BATCH);
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

    /**
     * Takes up to {@link #BATCH} queued frames from the socket without waiting; true if any came, false if
     * none was queued. Throws the kernel's refusal otherwise. Frames not yet handed out by {@link #next()}
     * are dropped, so call it only when {@code next()} returned false.
     */
    boolean fetch() throws LastErrorException {
        resetSlots(count);
        count = 0;
        current = -1;
        int n = Libc.recvmmsg(socketFd, messages, BATCH, Libc.MSG_DONTWAIT | Libc.MSG_TRUNC, null);
        if (n > 0) {
            count = n;
            return true;
        }
        int errno = n < 0 ? Native.getLastError() : Errno.EAGAIN;
        if (errno == Errno.EAGAIN || errno == Errno.EINTR) {
            return false;
        }
        throw new LastErrorException(errno);
    }

    /** True if the last {@link #fetch()} filled every slot, so more frames are probably queued. */
    boolean mayHaveMore() {
        return count == BATCH;
    }

    /** Moves to the next fetched frame and reads what the kernel said about it; false when all were handed out. */
    boolean next() {
        if (current + 1 >= count) {
            return false;
        }
        read(++current);
        return true;
    }

    /** The address and control lengths are in-out: give the first {@code slots} back their whole buffers. */
    private void resetSlots(int slots) {
        for (int i = 0; i < slots; i++) {
            int m = i * MmsgHdr.SIZE;
            messageView.putInt(m + MsgHdr.NAME_LENGTH, NAME_SIZE);
            messageView.putLong(m + MsgHdr.CONTROL_LENGTH, CONTROL_SIZE);
            messageView.putInt(m + MsgHdr.FLAGS, 0);
        }
    }

    /** Reads slot {@code slot}; its msg_len, with MSG_TRUNC, is the frame's full length. */
    private void read(int slot) {
        int m = slot * MmsgHdr.SIZE;
        long result = messageView.getInt(m + MmsgHdr.LENGTH) & 0xFFFF_FFFFL;
        received = (int) Math.min(result, capacity);
        wireLength = (int) Math.min(result, Integer.MAX_VALUE);
        outgoing = (nameView.get(slot * NAME_SIZE + SockaddrLl.PKTTYPE) & 0xFF) == SockaddrLl.PACKET_OUTGOING;
        tagged = false;
        time = null;
        int base = slot * CONTROL_SIZE;
        long end = Math.min(messageView.getLong(m + MsgHdr.CONTROL_LENGTH), CONTROL_SIZE);
        for (int at = 0; at + CmsgHdr.DATA <= end; ) {
            long length = controlView.getLong(base + at + CmsgHdr.LENGTH);
            if (length < CmsgHdr.DATA || at + length > end) {
                break;
            }
            int level = controlView.getInt(base + at + CmsgHdr.LEVEL);
            int type = controlView.getInt(base + at + CmsgHdr.TYPE);
            int body = base + at + CmsgHdr.DATA;
            if (level == Libc.SOL_PACKET && type == Libc.PACKET_AUXDATA && length >= CmsgHdr.DATA + TpacketAuxdata.SIZE) {
                int status = controlView.getInt(body + TpacketAuxdata.STATUS);
                if ((status & TpacketAuxdata.TP_STATUS_VLAN_VALID) != 0) {
                    tagged = true;
                    tagControl = controlView.getShort(body + TpacketAuxdata.VLAN_TCI) & 0xFFFF;
                    tagProtocol = (status & TpacketAuxdata.TP_STATUS_VLAN_TPID_VALID) != 0
                            ? controlView.getShort(body + TpacketAuxdata.VLAN_TPID) & 0xFFFF : EtherType.VLAN.value();
                }
            } else if (level == Libc.SOL_SOCKET && type == Libc.SO_TIMESTAMPNS && length >= CmsgHdr.DATA + Timespec.SIZE) {
                time = Instant.ofEpochSecond(controlView.getLong(body + Timespec.SECONDS), controlView.getLong(body + Timespec.NANOS));
            }
            at += (int) CmsgHdr.align(length);
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
        int start = current * slotSize;
        if (!tagged) {
            int n = Math.min(received, out.length);
            dataView.get(start, out, 0, n);
            return n;
        }
        int split = EthernetFrame.TYPE_OFFSET;
        byte[] tag = {(byte) (tagProtocol >>> 8), (byte) tagProtocol, (byte) (tagControl >>> 8), (byte) tagControl};
        int n = Math.min(received + tag.length, out.length);
        dataView.get(start, out, 0, Math.min(split, n));
        if (n > split) {
            System.arraycopy(tag, 0, out, split, Math.min(tag.length, n - split));
        }
        if (n > split + tag.length) {
            dataView.get(start + split, out, split + tag.length, n - split - tag.length);
        }
        return n;
    }

    @Override
    public void close() {
        data.close();
        names.close();
        controls.close();
        ioVecs.close();
        messages.close();
        pollFds.close();
    }
}
