package dev.socketworkbench.net.linux;

import com.sun.jna.Memory;
import dev.socketworkbench.net.linux.KernelStructs.IoVec;
import dev.socketworkbench.net.linux.KernelStructs.MmsgHdr;
import dev.socketworkbench.net.linux.KernelStructs.MsgHdr;

import java.util.Arrays;

/**
 * Native memory for sending: the frame (or datagram), and a vector of {@link #BATCH} {@code mmsghdr} for
 * sendmmsg that all point at that one frame, so sending it many times costs one copy and one system call per
 * batch. Used by one thread at a time (the raw socket's send lock, the UDP sender's thread).
 */
public final class SendBuffers implements AutoCloseable {
    /** Frames per sendmmsg call: enough to make the system call's own cost small next to the sends. */
    public static final int BATCH = 64;

    private final Memory ioVec = new Memory(IoVec.SIZE);
    private final Memory messages = new Memory((long) BATCH * MmsgHdr.SIZE);
    private Memory frame = new Memory(2048);
    /** A Java copy of the bytes in {@link #frame}: sending the same frame again skips the copy to native memory. */
    private byte[] loaded = new byte[0];

    public SendBuffers() {
        messages.clear();
        for (int i = 0; i < BATCH; i++) {
            long at = (long) i * MmsgHdr.SIZE;
            messages.setPointer(at + MsgHdr.IOV, ioVec);
            messages.setLong(at + MsgHdr.IOV_LENGTH, 1);
        }
        ioVec.setPointer(IoVec.BASE, frame);
        ioVec.setLong(IoVec.LENGTH, 0);   // matches the empty "loaded" copy
    }

    /** Copies the frame into native memory (growing it if needed) unless it is there already, and returns that memory. */
    public Memory load(byte[] bytes, int offset, int length) {
        if (Arrays.equals(loaded, 0, loaded.length, bytes, offset, offset + length)) {
            return frame;
        }
        if (length > frame.size()) {
            long size = Math.max(length, frame.size() * 2);
            frame.close();
            frame = new Memory(size);
            ioVec.setPointer(IoVec.BASE, frame);
        }
        frame.write(0, bytes, offset, length);
        ioVec.setLong(IoVec.LENGTH, length);
        loaded = Arrays.copyOfRange(bytes, offset, offset + length);
        return frame;
    }

    /** The message vector; each entry sends the frame last {@link #load loaded}. */
    public Memory messages() {
        return messages;
    }

    @Override
    public void close() {
        frame.close();
        messages.close();
        ioVec.close();
    }
}
