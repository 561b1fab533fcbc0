package dev.socketworkbench.net.udp;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.socketworkbench.net.linux.Errno;
import dev.socketworkbench.net.linux.InetSockaddr;
import dev.socketworkbench.net.linux.KernelStructs.Timeval;
import dev.socketworkbench.net.linux.Libc;
import dev.socketworkbench.net.linux.LinuxSupport;
import dev.socketworkbench.net.linux.SendBuffers;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;

/**
 * A UDP socket opened through the C library so a flood goes out with sendmmsg(2): up to {@link #BATCH} copies of
 * one payload per system call instead of one write each, which is most of the cost of a 64-byte datagram on
 * loopback. Linux only ({@link #available()}).
 *
 * <p>Failures become the java.net exceptions a DatagramChannel throws for the same errno (BindException,
 * PortUnreachableException, ...), worded by the C library, so {@code NetFailures} tells the user the same sentence.
 *
 * <p>One thread owns it and closes it: the fd is never closed under a running call, so its number cannot be
 * reused by another socket mid-send. Stop works through the sender's StopSignal instead; a send timeout bounds how
 * long one call can block on a full send buffer.
 */
final class SendmmsgSocket implements SenderSocket {
    /** Datagrams per sendmmsg call. */
    static final int BATCH = SendBuffers.BATCH;
    /** Longest a call blocks on a full send buffer before the sender checks for Stop again. */
    private static final int SEND_TIMEOUT_MILLIS = 50;

    private final SendBuffers buffers = new SendBuffers();
    private int fd;
    private Memory payload;
    private int payloadLength;
    /**
     * Datagrams still to send one at a time. When a batch stops short, the kernel keeps the reason to itself
     * (sendmmsg reports an error only if nothing went), so the next datagrams go by send(2), which does report
     * it, e.g. ECONNREFUSED for an ICMP port unreachable.
     */
    private int singlesLeft;

    private SendmmsgSocket(int fd) {
        this.fd = fd;
    }

    /** True on 64-bit Linux with JNA working. */
    static boolean available() {
        return LinuxSupport.hasLibc();
    }

    static SendmmsgSocket open(boolean ipv6) throws IOException {
        int fd;
        try {
            fd = Libc.socket(ipv6 ? Libc.AF_INET6 : Libc.AF_INET, Libc.SOCK_DGRAM | Libc.SOCK_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw failure(e);
        }
        SendmmsgSocket socket = new SendmmsgSocket(fd);
        try (Memory timeout = new Memory(Timeval.SIZE)) {
            timeout.setLong(Timeval.SECONDS, 0);
            timeout.setLong(Timeval.MICROS, SEND_TIMEOUT_MILLIS * 1000L);
            Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_SNDTIMEO, timeout, Timeval.SIZE);
        } catch (LastErrorException e) {
            socket.close();
            throw failure(e);
        }
        return socket;
    }

    @Override
    public void enableBroadcast() throws IOException {
        try (Memory on = new Memory(4)) {
            on.setInt(0, 1);
            Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_BROADCAST, on, 4);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    @Override
    public void bind(InetSocketAddress local) throws IOException {
        withAddress(local, Libc::bind);
    }

    @Override
    public void connect(InetSocketAddress remote) throws IOException {
        withAddress(remote, Libc::connect);
    }

    /** bind(2) or connect(2): a call that takes the socket and a socket address. */
    @FunctionalInterface
    private interface AddressCall {
        int call(int fd, Pointer address, int addressLength);
    }

    private void withAddress(InetSocketAddress where, AddressCall call) throws IOException {
        try (Memory address = InetSockaddr.of(where)) {
            call.call(fd, address, (int) address.size());
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    @Override
    public InetSocketAddress localAddress() throws IOException {
        try (Memory address = new Memory(InetSockaddr.MAX_SIZE); Memory length = new Memory(4)) {
            address.clear();
            length.setInt(0, InetSockaddr.MAX_SIZE);
            Libc.getsockname(fd, address, length);
            return InetSockaddr.read(address);
        } catch (LastErrorException e) {
            throw failure(e);
        }
    }

    /** Copies the datagram to native memory once; every later {@link #send} sends copies of it. */
    void load(byte[] bytes) {
        payload = buffers.load(bytes, 0, bytes.length);
        payloadLength = bytes.length;
    }

    /**
     * Sends up to {@code copies} (at most {@link #BATCH}) of the loaded datagram and returns how many went;
     * 0 if the send buffer stayed full for the send timeout or a signal came, so the caller checks for Stop and
     * calls again.
     */
    int send(int copies) throws IOException {
        int wanted = singlesLeft > 0 ? 1 : Math.min(copies, BATCH);
        int went;
        try {
            went = wanted == 1 ? (Libc.send(fd, payload, payloadLength, 0) >= 0 ? 1 : 0)
                    : Libc.sendmmsg(fd, buffers.messages(), wanted, 0);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.EAGAIN || e.getErrorCode() == Errno.EINTR) {
                return 0;
            }
            throw failure(e);
        }
        if (singlesLeft > 0) {
            singlesLeft--;
        } else if (went < wanted) {
            singlesLeft = BATCH;
        }
        return went;
    }

    /** Nothing to do: the sending thread checks Stop after every call, and no call blocks longer than the send timeout. */
    @Override
    public void wake() {
        // See the class comment: closing here could let the fd's number be reused under a running sendmmsg.
    }

    @Override
    public void close() {
        if (fd >= 0) {
            try {
                Libc.close(fd);
            } catch (LastErrorException ignored) {
                // close(2) frees the descriptor even when it reports an error; nothing is left to undo.
            }
            fd = -1;
            buffers.close();
        }
    }

    /** The exception the JDK's own socket code throws for this errno, with the C library's text. */
    private static IOException failure(LastErrorException e) {
        int errno = e.getErrorCode();
        String text = Libc.strerror(errno);
        IOException failure = switch (errno) {
            case Errno.ECONNREFUSED -> new PortUnreachableException(text);
            case Errno.EADDRINUSE, Errno.EADDRNOTAVAIL, Errno.EACCES -> new BindException(text);
            case Errno.EHOSTUNREACH -> new NoRouteToHostException(text);
            case Errno.ETIMEDOUT, Errno.ENOTCONN -> new ConnectException(text);
            default -> new SocketException(text);
        };
        failure.initCause(e);
        return failure;
    }
}
