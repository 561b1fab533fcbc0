package dev.socketworkbench.net.frame;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes frames to a classic libpcap file that Wireshark and tshark open: a 24-byte file header
 * (magic 0xa1b2c3d4, version 2.4, snap length 65535, link type Ethernet), then per frame a 16-byte
 * record header (time in seconds and microseconds, bytes saved, bytes on the wire) and the bytes.
 * Everything is written little-endian; readers tell the byte order from the magic number.
 * <pre>
 * file header     magic(4) major(2)=2 minor(2)=4 thiszone(4)=0 sigfigs(4)=0 snaplen(4) linktype(4)=1
 * record header   ts_sec(4) ts_usec(4) incl_len(4) orig_len(4), then incl_len bytes
 * </pre>
 * Frames longer than the snap length are cut to it, as a capture would. Not thread-safe: one
 * thread writes. Closing closes the underlying stream.
 */
public final class PcapWriter implements AutoCloseable {
    public static final int MAGIC = 0xa1b2c3d4;
    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 4;
    public static final int SNAPLEN = 65535;
    /** LINKTYPE_ETHERNET: records start with an Ethernet header (and have no FCS). */
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int FILE_HEADER_SIZE = 24;
    public static final int RECORD_HEADER_SIZE = 16;

    private final OutputStream out;
    private boolean closed;

    /** Starts a pcap file on {@code out} by writing the file header. */
    public PcapWriter(OutputStream out) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        ByteBuffer header = ByteBuffer.allocate(FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(MAGIC)
                .putShort((short) VERSION_MAJOR)
                .putShort((short) VERSION_MINOR)
                .putInt(0)
                .putInt(0)
                .putInt(SNAPLEN)
                .putInt(LINKTYPE_ETHERNET);
        out.write(header.array());
    }

    /** Creates (or replaces) the file at {@code path}. */
    public static PcapWriter open(Path path) throws IOException {
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(path));
        try {
            return new PcapWriter(stream);
        } catch (IOException e) {
            stream.close();
            throw e;
        }
    }

    /** Writes one frame captured at {@code time}. */
    public void write(byte[] frame, Instant time) throws IOException {
        write(frame, Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000));
    }

    /** Writes one frame captured {@code epochMicros} microseconds after 1970-01-01T00:00Z. */
    public void write(byte[] frame, long epochMicros) throws IOException {
        if (closed) {
            throw new IOException("The pcap file is already closed; start a new one to save more frames.");
        }
        if (epochMicros < 0) {
            throw new IllegalArgumentException("A pcap timestamp cannot be before 1970: " + epochMicros);
        }
        int saved = Math.min(frame.length, SNAPLEN);
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) (epochMicros / 1_000_000L))
                .putInt((int) (epochMicros % 1_000_000L))
                .putInt(saved)
                .putInt(frame.length);
        out.write(record.array());
        out.write(frame, 0, saved);
    }

    /** Writes one packet's bytes. */
    public void write(Packet frame, Instant time) throws IOException {
        write(frame.toBytes(), time);
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the stream; idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
