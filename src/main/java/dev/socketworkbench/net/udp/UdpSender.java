package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.StopSignal;
import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Sends datagrams, the seed's {@code s.sendto(msg, ('localhost', 6667))}: once, or {@code count} times at an
 * interval, and optionally waits after each one for a reply like the seed's Client1.py. Each wait ends in
 * exactly one of three ways: a reply, "nothing is listening" (ICMP port unreachable, the seed's
 * "[!] Server not running"), or no reply in time.
 *
 * <p>The socket is connected to the destination, so the kernel reports ICMP port unreachable to us. A flood
 * (interval 0, more than one datagram, no reply wait) on Linux goes through a {@link SendmmsgSocket}, 64
 * datagrams per system call; everything else is a plain {@code write} of one reused direct buffer on a
 * DatagramChannel. The user sees the same events, summary and failures either way. The system property
 * {@value #BATCHING_PROPERTY}{@code =false} turns batching off, to compare the two.
 */
public final class UdpSender implements Engine {
    public static final String SOURCE = "udp-sender";
    /** Set to {@code false} to send floods one datagram per system call as well. */
    public static final String BATCHING_PROPERTY = "socketworkbench.udp.sendmmsg";

    private final UdpSenderSettings settings;
    private final EventSink sink;
    private final boolean batching;
    private final StopSignal stop = new StopSignal();
    private volatile SenderSocket socket;
    private volatile SendSummary summary = SendSummary.NONE;

    public UdpSender(UdpSenderSettings settings, EventSink sink) {
        this(settings, sink, !"false".equalsIgnoreCase(System.getProperty(BATCHING_PROPERTY)));
    }

    /** With {@code batching} false, floods go one datagram per write too (tests compare the two ways). */
    UdpSender(UdpSenderSettings settings, EventSink sink, boolean batching) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.batching = batching;
    }

    /** What the last {@link #run()} did; {@link SendSummary#NONE} before it. */
    public SendSummary summary() {
        return summary;
    }

    /** A name for the thread that runs this engine, e.g. {@code udp-sender-6667}; the UI and CLI use it. */
    public String threadName() {
        return "udp-sender-" + settings.port();
    }

    @Override
    public void run() throws EngineException {
        String target = Endpoints.format(settings.host(), settings.port());
        InetAddress address;
        try {
            settings.validate();
            address = Hosts.resolve("host", settings.host());
        } catch (InvalidInputException e) {
            throw fail(e.getMessage(), e, true, "", target);
        }
        InetSocketAddress remote = new InetSocketAddress(address, settings.port());
        boolean ipv6 = address instanceof Inet6Address;
        try (SenderSocket s = open(ipv6)) {
            socket = s;
            if (stop.isRaised()) {
                return;
            }
            String local = prepare(s, ipv6, remote);
            if (stop.isRaised()) {
                return;
            }
            sendAll(s, local, Endpoints.format(remote));
        } catch (IOException e) {
            if (!stop.stopped()) {
                throw fail(NetFailures.transfer(e, target), e, false, "", target);
            }
        } finally {
            socket = null;
        }
    }

    /**
     * True if {@link #run()} sends in batches: a flood (as fast as possible, more than one datagram, nothing to
     * wait for in between) on Linux, with batching not turned off.
     */
    boolean batches() {
        boolean flood = settings.count() > 1 && settings.intervalMillis() == 0 && !settings.waitsForReply();
        return batching && flood && SendmmsgSocket.available();
    }

    private SenderSocket open(boolean ipv6) throws IOException {
        if (batches()) {
            return SendmmsgSocket.open(ipv6);
        }
        return ChannelSocket.open(ipv6);
    }

    /** Applies the options, binds the source port if one is set and connects; returns the local endpoint. */
    private String prepare(SenderSocket s, boolean ipv6, InetSocketAddress remote) throws EngineException, IOException {
        String remoteText = Endpoints.format(remote);
        if (settings.broadcast()) {
            s.enableBroadcast();
        }
        if (settings.sourcePort() > 0) {
            String any = ipv6 ? "::" : "0.0.0.0";
            InetSocketAddress source = new InetSocketAddress(any, settings.sourcePort());
            try {
                s.bind(source);
            } catch (IOException | SecurityException e) {
                if (stop.isRaised()) {
                    return "";
                }
                throw fail(NetFailures.bind(e, Endpoints.format(source), settings.sourcePort()), e, true,
                        Endpoints.format(source), remoteText);
            }
        }
        try {
            s.connect(remote);
        } catch (IOException e) {
            if (stop.isRaised()) {
                return "";
            }
            throw fail(NetFailures.transfer(e, remoteText), e, false, "", remoteText);
        }
        return Endpoints.format(s.localAddress());
    }

    /** What a run counted so far. */
    private static final class Tally {
        long sent;
        long replies;
        long timeouts;
    }

    private void sendAll(SenderSocket s, String local, String remote) throws EngineException {
        byte[] payload = settings.payload();   // one copy, shared read-only by every SENT event
        boolean waits = settings.waitsForReply();
        long count = settings.count();
        Tally tally = new Tally();
        IOException failure = null;

        sink.publish(NetEvent.info(SOURCE, local, remote, "Sending " + Datagrams.grouped(count) + " datagram"
                + (count == 1 ? "" : "s") + " of " + payload.length + " bytes from " + local + " to " + remote + "."));
        long start = System.nanoTime();
        try {
            switch (s) {
                case SendmmsgSocket batched -> sendBatched(batched, payload, tally, local, remote);
                case ChannelSocket one -> sendOneByOne(one.channel(), payload, start, tally, local, remote);
            }
        } catch (IOException e) {
            if (!stop.stopped()) {
                failure = e;
            }
        }
        long nanos = System.nanoTime() - start;
        boolean refused = failure instanceof PortUnreachableException;
        summary = SendSummary.of(tally.sent, nanos, tally.replies, refused ? 1 : 0, tally.timeouts);
        if (failure != null) {
            // Reported before the summary so the log reads: what went wrong, then how far we got.
            String sentence = NetFailures.transfer(failure, remote);
            sink.publish(NetEvent.error(SOURCE, local, remote, sentence, failure));
            sink.publish(NetEvent.info(SOURCE, local, remote, summary.sentence(waits)));
            throw new EngineException(sentence, failure, false);
        }
        sink.publish(NetEvent.info(SOURCE, local, remote, summary.sentence(waits)));
    }

    /** The flood: batches of datagrams per system call, one SENT event for each datagram that went. */
    private void sendBatched(SendmmsgSocket s, byte[] payload, Tally tally, String local, String remote) throws IOException {
        s.load(payload);
        long count = settings.count();
        while (tally.sent < count && !stop.stopped()) {
            int went = s.send((int) Math.min(count - tally.sent, SendmmsgSocket.BATCH));
            tally.sent += went;
            for (int i = 0; i < went; i++) {
                sink.publish(NetEvent.sent(SOURCE, local, remote, payload, ""));
            }
        }
    }

    /** One datagram per write, paced by the interval, each followed by a reply wait if one is set. */
    private void sendOneByOne(DatagramChannel ch, byte[] payload, long start, Tally tally, String local, String remote)
            throws IOException {
        ByteBuffer out = ByteBuffer.allocateDirect(payload.length).put(payload).flip();
        boolean waits = settings.waitsForReply();
        byte[] replyBuffer = waits ? new byte[Datagrams.WHOLE_DATAGRAM] : null;
        DatagramPacket reply = waits ? new DatagramPacket(replyBuffer, replyBuffer.length) : null;
        long intervalNanos = TimeUnit.MILLISECONDS.toNanos(settings.intervalMillis());
        long count = settings.count();
        DatagramSocket socket = ch.socket();
        if (waits) {
            socket.setSoTimeout(settings.replyTimeoutMillis());
        }
        for (long i = 0; i < count && !stop.isRaised(); i++) {
            if (i > 0 && intervalNanos > 0 && !stop.pauseUntil(start + i * intervalNanos)) {
                break;
            }
            out.rewind();
            ch.write(out);
            tally.sent++;
            sink.publish(NetEvent.sent(SOURCE, local, remote, payload, ""));
            if (waits) {
                reply.setLength(replyBuffer.length);
                try {
                    socket.receive(reply);
                    tally.replies++;
                    sink.publish(replyEvent(reply, local, remote));
                } catch (SocketTimeoutException e) {
                    if (stop.isRaised()) {
                        break;
                    }
                    tally.timeouts++;
                    sink.publish(NetEvent.info(SOURCE, local, remote, "No reply from " + remote + " within "
                            + settings.replyTimeoutMillis() + " ms; UDP promises no answer, so the server may not reply or a datagram was lost."));
                }
            }
        }
    }

    private NetEvent replyEvent(DatagramPacket reply, String local, String remote) {
        int length = reply.getLength();
        int kept = Math.min(length, settings.replyBufferBytes());
        byte[] bytes = Arrays.copyOf(reply.getData(), kept);
        // The columns show who and how much; the note says this datagram answered ours.
        String message = kept < length ? Datagrams.truncated(length, kept) : "reply";
        return NetEvent.received(SOURCE, local, remote, bytes, message);
    }

    private EngineException fail(String sentence, Throwable cause, boolean badInput, String local, String remote) {
        sink.publish(NetEvent.error(SOURCE, local, remote, sentence, cause));
        return new EngineException(sentence, cause, badInput);
    }

    @Override
    public void close() {
        stop.raise();
        SenderSocket s = socket;
        if (s != null) {
            s.wake();
        }
    }
}
