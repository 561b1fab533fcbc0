package dev.socketworkbench.net.raw;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.linux.Errno;
import dev.socketworkbench.net.linux.KernelStructs;
import dev.socketworkbench.net.linux.KernelStructs.SockaddrLl;
import dev.socketworkbench.net.linux.KernelStructs.Timeval;
import dev.socketworkbench.net.linux.KernelStructs.TpacketStats;
import dev.socketworkbench.net.linux.Libc;
import dev.socketworkbench.net.linux.SendBuffers;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Linux packet socket ({@code AF_PACKET}, {@code SOCK_RAW}) bound to one interface: the seed "Raw
 * Sockets on Linux" {@code s = socket(AF_PACKET, SOCK_RAW); s.bind(("eth1", 0)); s.send(frame)}.
 * Whatever bytes it is given go on the wire as they are, from the destination MAC address on; the
 * network card adds the preamble and (normally) the FCS.
 *
 * <p>{@link #forSending} binds with protocol 0, as the seed does, so the socket receives nothing and
 * costs nothing while other traffic flows. {@link #forReceiving} binds with ETH_P_ALL behind a kernel
 * {@link ReceiveFilter}. Binding sets the protocol and the interface in one step, so no frame from another
 * interface slips in between creating the socket and binding it.
 *
 * <p>On loopback a sent frame is seen twice by an ETH_P_ALL socket: once as it leaves (an outgoing copy)
 * and once as it comes back in. A receiving socket that does not want the outgoing copies asks for
 * {@code ReceiveFilter.withOutgoing(false)}; the socket that sent a frame never gets its own outgoing copy.
 *
 * <p>Threads: one thread may send while another receives. {@link #close()} may be called from any thread:
 * a blocked {@link #receive} returns at once (close writes to an eventfd that receive polls together with
 * the socket), a send blocked on a full queue returns within 100 ms, and the file descriptors are closed
 * when the last running call has left.
 *
 * <p>Receiving takes frames from the kernel up to 32 at a time (recvmmsg) and hands
 * them out one by one, in order; frames taken but not yet handed out when the socket closes go with it. A
 * receiving socket asks for a 64 MiB receive buffer, past rmem_max when it may
 * ({@link #receiveBufferBytes()} says what it got), so a burst or a pause of the receiving thread costs no frame.
 */
public final class RawSocket implements AutoCloseable {
    /** What {@link #receive(byte[], int)} returns when no frame came in time or the socket was closed. */
    public static final int NOTHING = -1;
    /**
     * The receive buffer a receiving socket asks for. The kernel doubles it for its bookkeeping and counts
     * each queued frame at its true size (about 830 bytes for a 60-byte frame on lo), so 64 MiB holds about
     * 160,000 small frames: 1.6 s at 100,000 frames/s, enough to ride out a cold JVM's first second (see
     * src/bench/raw/CAPTURE.md). It is a limit, not an allocation: the kernel uses it only while frames wait.
     */
    static final int RECEIVE_BUFFER_BYTES = 64 << 20;
    /** How long one blocked send waits before it checks whether the socket was closed. */
    private static final int SEND_TIMEOUT_MILLIS = 100;
    /** How long sends may keep failing with a full queue before giving up. */
    private static final long STALL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final InterfaceInfo link;
    private final int fd;
    private final int wakeFd;
    private final boolean keepsOutgoing;
    private final OpenState state = new OpenState(this::release);
    private final ReentrantLock sendLock = new ReentrantLock();
    private final ReentrantLock receiveLock = new ReentrantLock();
    private final SendBuffers sendBuffers = new SendBuffers();
    private final ReceiveBuffers receiveBuffers;
    private final Memory wakeValue = new Memory(8);
    private final int receiveBufferBytes;

    private RawSocket(InterfaceInfo link, int fd, int wakeFd, ReceiveFilter filter, int receiveBufferBytes) {
        this.link = link;
        this.fd = fd;
        this.wakeFd = wakeFd;
        this.receiveBufferBytes = receiveBufferBytes;
        this.keepsOutgoing = filter == null || filter.outgoing();
        // Room for the largest frame: the MTU plus header and tag, or 64 KiB, which segmentation offload can hand up.
        int capacity = Math.max(link.maxFrameBytes() + 4, 65536 + EthernetFrame.TAGGED_HEADER_SIZE);
        this.receiveBuffers = filter == null ? null : new ReceiveBuffers(capacity, fd, wakeFd);
        wakeValue.setLong(0, 1);
    }

    /** A socket that sends on {@code interfaceName} and receives nothing, like the seed's. */
    public static RawSocket forSending(String interfaceName) throws RawSocketException {
        return open(interfaceName, null);
    }

    /** A socket that receives what {@code filter} lets through on {@code interfaceName}, and can also send. */
    public static RawSocket forReceiving(String interfaceName, ReceiveFilter filter) throws RawSocketException {
        return open(interfaceName, Objects.requireNonNull(filter, "filter"));
    }

    private static RawSocket open(String interfaceName, ReceiveFilter filter) throws RawSocketException {
        InterfaceInfo link = NetworkInterfaces.find(interfaceName);
        int fd;
        try {
            fd = Libc.socket(Libc.AF_PACKET, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw RawFailures.of(e, link.name());
        }
        int wakeFd = -1;
        try {
            if (filter != null) {
                prepareReceiving(fd, filter);
            }
            setTimeout(fd, SEND_TIMEOUT_MILLIS);
            bind(fd, link.index(), filter == null ? 0 : Libc.ETH_P_ALL);
            wakeFd = Libc.eventfd(0, Libc.EFD_CLOEXEC | Libc.EFD_NONBLOCK);
            return new RawSocket(link, fd, wakeFd, filter, filter == null ? 0 : getInt(fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF));
        } catch (LastErrorException e) {
            closeQuietly(fd);
            closeQuietly(wakeFd);
            throw RawFailures.of(e, link.name());
        }
    }

    private static void prepareReceiving(int fd, ReceiveFilter filter) {
        if (filter.etherType() != null) {
            EtherTypeFilter.attach(fd, filter.etherType());
        }
        setInt(fd, Libc.SOL_PACKET, Libc.PACKET_AUXDATA, 1);
        setInt(fd, Libc.SOL_SOCKET, Libc.SO_TIMESTAMPNS, 1);
        enlargeReceiveBuffer(fd);
        if (!filter.outgoing()) {
            try {
                setInt(fd, Libc.SOL_PACKET, Libc.PACKET_IGNORE_OUTGOING, 1);
            } catch (LastErrorException e) {
                if (e.getErrorCode() != Errno.ENOPROTOOPT) {   // before Linux 4.20: receive() skips them instead
                    throw e;
                }
            }
        }
    }

    /**
     * Asks for {@link #RECEIVE_BUFFER_BYTES}: with SO_RCVBUFFORCE, which may go past rmem_max but needs
     * CAP_NET_ADMIN (root has it), else with SO_RCVBUF, which the kernel caps at rmem_max.
     */
    private static void enlargeReceiveBuffer(int fd) {
        try {
            setInt(fd, Libc.SOL_SOCKET, Libc.SO_RCVBUFFORCE, RECEIVE_BUFFER_BYTES);
            return;
        } catch (LastErrorException e) {
            // EPERM without CAP_NET_ADMIN: fall back to what any user may ask for.
        }
        try {
            setInt(fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF, RECEIVE_BUFFER_BYTES);
        } catch (LastErrorException ignored) {
            // The default buffer works, it only drops sooner in a burst.
        }
    }

    private static void bind(int fd, int index, int protocol) {
        try (Memory address = new Memory(SockaddrLl.SIZE)) {
            address.clear();
            address.setShort(SockaddrLl.FAMILY, (short) Libc.AF_PACKET);
            address.setShort(SockaddrLl.PROTOCOL, Short.reverseBytes((short) protocol));   // network order
            address.setInt(SockaddrLl.IFINDEX, index);
            Libc.bind(fd, address, SockaddrLl.SIZE);
        }
    }

    private static void setInt(int fd, int level, int option, int value) {
        try (Memory v = new Memory(4)) {
            v.setInt(0, value);
            Libc.setsockopt(fd, level, option, v, 4);
        }
    }

    private static int getInt(int fd, int level, int option) {
        try (Memory v = new Memory(4); Memory length = new Memory(4)) {
            length.setInt(0, 4);
            Libc.getsockopt(fd, level, option, v, length);
            return v.getInt(0);
        }
    }

    private static void setTimeout(int fd, int millis) {
        try (Memory v = new Memory(Timeval.SIZE)) {
            v.setLong(Timeval.SECONDS, millis / 1000);
            v.setLong(Timeval.MICROS, (millis % 1000) * 1000L);
            Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_SNDTIMEO, v, Timeval.SIZE);
        }
    }

    /** The interface this socket is bound to, as it was when the socket opened. */
    public InterfaceInfo link() {
        return link;
    }

    /**
     * Bytes of frames the kernel queues for this socket before it drops any, as getsockopt(SO_RCVBUF) reports
     * it: twice what was asked for, since the kernel counts its bookkeeping too. 0 for a sending socket.
     */
    public int receiveBufferBytes() {
        return receiveBufferBytes;
    }

    public boolean isClosed() {
        return state.isClosed();
    }

    /** Sends one frame: its bytes from the destination MAC address on. */
    public void send(byte[] frame) throws RawSocketException {
        send(frame, 0, frame.length);
    }

    /** Sends {@code length} bytes of {@code frame} from {@code offset} as one frame. */
    public void send(byte[] frame, int offset, int length) throws RawSocketException {
        Objects.checkFromIndexSize(offset, length, frame.length);
        enter();
        sendLock.lock();
        try {
            Memory bytes = sendBuffers.load(frame, offset, length);
            long stalledSince = 0;
            while (true) {
                try {
                    Libc.send(fd, bytes, length, 0);
                    return;
                } catch (LastErrorException e) {
                    stalledSince = retryOrThrow(e, length, stalledSince);
                }
            }
        } finally {
            sendLock.unlock();
            state.exit();
        }
    }

    /**
     * Sends the same frame {@code count} times with sendmmsg, {@value SendBuffers#BATCH} per system call;
     * returns how many went, which is fewer only if the socket was closed meanwhile.
     */
    public int sendBatch(byte[] frame, int count) throws RawSocketException {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0: " + count);
        }
        enter();
        sendLock.lock();
        try {
            sendBuffers.load(frame, 0, frame.length);
            int sent = 0;
            long stalledSince = 0;
            while (sent < count && !state.isClosed()) {
                try {
                    sent += Libc.sendmmsg(fd, sendBuffers.messages(), Math.min(SendBuffers.BATCH, count - sent), 0);
                    stalledSince = 0;
                } catch (LastErrorException e) {
                    stalledSince = retryOrThrow(e, frame.length, stalledSince);
                }
            }
            return sent;
        } finally {
            sendLock.unlock();
            state.exit();
        }
    }

    /**
     * Decides what a failed send does next: retry after an interruption or a full queue (for up to
     * {@link #STALL_LIMIT_NANOS}), otherwise throw the sentence. Returns when the stall began.
     */
    private long retryOrThrow(LastErrorException e, int frameBytes, long stalledSince) throws RawSocketException {
        int errno = e.getErrorCode();
        if (errno == Errno.EINTR) {
            return stalledSince;
        }
        if (errno == Errno.EAGAIN || errno == Errno.ENOBUFS) {
            if (state.isClosed()) {
                throw closed();
            }
            long now = System.nanoTime();
            if (stalledSince == 0) {
                return now;
            }
            if (now - stalledSince < STALL_LIMIT_NANOS) {
                pause();
                return stalledSince;
            }
            throw RawFailures.ofSend(new LastErrorException(Errno.ENOBUFS), link.name(), frameBytes, link.mtu());
        }
        throw RawFailures.ofSend(e, link.name(), frameBytes, link.mtu());
    }

    /** Lets a full queue drain for a millisecond, or less if the socket is closed. */
    private void pause() {
        try (Memory one = new Memory(KernelStructs.PollFd.SIZE)) {
            one.clear();
            one.setInt(KernelStructs.PollFd.FD, wakeFd);
            one.setShort(KernelStructs.PollFd.EVENTS, Libc.POLLIN);
            Libc.poll(one, 1, 1);
        } catch (LastErrorException ignored) {
            // An interrupted pause is still a pause.
        }
    }

    /**
     * Waits up to {@code timeoutMillis} (negative: for ever) for a frame and copies it into {@code buffer};
     * returns the bytes copied (a longer frame is cut to the buffer), or {@link #NOTHING} if no frame came in
     * time or the socket was closed.
     */
    public int receive(byte[] buffer, int timeoutMillis) throws RawSocketException {
        enter();
        receiveLock.lock();
        try {
            return awaitFrame(timeoutMillis) ? receiveBuffers.copyTo(buffer) : NOTHING;
        } finally {
            receiveLock.unlock();
            state.exit();
        }
    }

    /** Like {@link #receive(byte[], int)}, but keeps the whole frame and says when and which way it went. */
    public Optional<ReceivedFrame> receive(int timeoutMillis) throws RawSocketException {
        enter();
        receiveLock.lock();
        try {
            if (!awaitFrame(timeoutMillis)) {
                return Optional.empty();
            }
            byte[] bytes = new byte[receiveBuffers.keptLength()];
            receiveBuffers.copyTo(bytes);
            return Optional.of(new ReceivedFrame(bytes, receiveBuffers.wireLength(), receiveBuffers.outgoing(),
                    receiveBuffers.time()));
        } finally {
            receiveLock.unlock();
            state.exit();
        }
    }

    /**
     * Makes the next wanted frame current in the receive buffers; false if none came in time or the socket was
     * closed. Frames are fetched a batch at a time; the socket is polled (together with the wake-up eventfd)
     * only when the last batch emptied the queue, so a backlog drains at one system call per batch.
     */
    private boolean awaitFrame(int timeoutMillis) throws RawSocketException {
        if (receiveBuffers == null) {
            throw new IllegalStateException("This socket was opened for sending only; open it with forReceiving to receive.");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMillis));
        while (!state.isClosed()) {
            if (receiveBuffers.next()) {
                if (keepsOutgoing || !receiveBuffers.outgoing()) {
                    return true;
                }
                continue;   // an outgoing copy on a kernel without PACKET_IGNORE_OUTGOING
            }
            if (receiveBuffers.mayHaveMore() && fetch()) {
                continue;
            }
            int wait = timeoutMillis < 0 ? -1
                    : (int) Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime() + 999_999));
            try {
                if (Libc.poll(receiveBuffers.pollFds(), 2, wait) == 0) {
                    return false;
                }
            } catch (LastErrorException e) {
                if (e.getErrorCode() == Errno.EINTR) {
                    continue;
                }
                throw RawFailures.of(e, link.name());
            }
            if (receiveBuffers.answered(ReceiveBuffers.WAKE_ENTRY)) {
                return false;
            }
            if (!(receiveBuffers.answered(ReceiveBuffers.SOCKET_ENTRY) && fetch())
                    && timeoutMillis >= 0 && System.nanoTime() - deadline >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Fetches the next batch of queued frames without waiting; false if none was queued. */
    private boolean fetch() throws RawSocketException {
        try {
            return receiveBuffers.fetch();
        } catch (LastErrorException e) {
            throw RawFailures.of(e, link.name());
        }
    }

    /**
     * Frames the kernel dropped for this socket since the last call, because they came faster than they
     * were received and the receive buffer was full. 0 for a sending socket.
     */
    public long takeDrops() throws RawSocketException {
        if (receiveBuffers == null || !state.enter()) {
            return 0;
        }
        try (Memory stats = new Memory(TpacketStats.SIZE); Memory length = new Memory(4)) {
            length.setInt(0, TpacketStats.SIZE);
            Libc.getsockopt(fd, Libc.SOL_PACKET, Libc.PACKET_STATISTICS, stats, length);
            return stats.getInt(TpacketStats.DROPS) & 0xFFFF_FFFFL;
        } catch (LastErrorException e) {
            throw RawFailures.of(e, link.name());
        } finally {
            state.exit();
        }
    }

    private void enter() throws RawSocketException {
        if (!state.enter()) {
            throw closed();
        }
    }

    private RawSocketException closed() {
        return new RawSocketException(Errno.NONE, "The raw socket on " + link.name() + " is closed.", false, null);
    }

    /** Closes the socket; a receive blocked in another thread returns at once. Idempotent, never throws. */
    @Override
    public void close() {
        if (!state.beginClose()) {
            return;
        }
        try {
            Libc.write(wakeFd, wakeValue, 8);
        } catch (LastErrorException ignored) {
            // Only fails if the counter is full, and then poll sees it readable anyway.
        } finally {
            state.exit();
        }
    }

    /** Runs once, when the socket is closed and no call is using it. */
    private void release() {
        closeQuietly(fd);
        closeQuietly(wakeFd);
        sendBuffers.close();
        if (receiveBuffers != null) {
            receiveBuffers.close();
        }
        wakeValue.close();
    }

    private static void closeQuietly(int fd) {
        if (fd >= 0) {
            try {
                Libc.close(fd);
            } catch (LastErrorException ignored) {
                // Linux frees the descriptor even when close reports an error.
            }
        }
    }

    @Override
    public String toString() {
        return "RawSocket[" + link.name() + (receiveBuffers == null ? ", send only" : "") + (isClosed() ? ", closed" : "") + "]";
    }
}
