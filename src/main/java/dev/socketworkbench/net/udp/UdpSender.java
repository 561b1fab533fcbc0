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
import java.net.ProtocolFamily;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
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
 * <p>The socket is connected to the destination: the kernel then reports ICMP port unreachable to us, and
 * the send loop is a plain {@code write} of one reused direct buffer, fast enough for load tests.
 */
public final class UdpSender implements Engine {
    public static final String SOURCE = "udp-sender";

    private final UdpSenderSettings settings;
    private final EventSink sink;
    private final StopSignal stop = new StopSignal();
    private volatile DatagramChannel channel;
    private volatile SendSummary summary = SendSummary.NONE;

    public UdpSender(UdpSenderSettings settings, EventSink sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
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
        ProtocolFamily family = address instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        try (DatagramChannel ch = DatagramChannel.open(family)) {
            channel = ch;
            if (stop.isRaised()) {
                return;
            }
            String local = prepare(ch, family, remote);
            if (stop.isRaised()) {
                return;
            }
            sendAll(ch, local, Endpoints.format(remote));
        } catch (IOException e) {
            if (!stop.stopped()) {
                throw fail(NetFailures.transfer(e, target), e, false, "", target);
            }
        } finally {
            channel = null;
        }
    }

    /** Applies the options, binds the source port if one is set and connects; returns the local endpoint. */
    private String prepare(DatagramChannel ch, ProtocolFamily family, InetSocketAddress remote) throws EngineException, IOException {
        String remoteText = Endpoints.format(remote);
        if (settings.broadcast()) {
            ch.setOption(StandardSocketOptions.SO_BROADCAST, true);
        }
        if (settings.sourcePort() > 0) {
            String any = family == StandardProtocolFamily.INET6 ? "::" : "0.0.0.0";
            InetSocketAddress source = new InetSocketAddress(any, settings.sourcePort());
            try {
                ch.bind(source);
            } catch (IOException | SecurityException e) {
                if (stop.isRaised()) {
                    return "";
                }
                throw fail(NetFailures.bind(e, Endpoints.format(source), settings.sourcePort()), e, true,
                        Endpoints.format(source), remoteText);
            }
        }
        try {
            ch.connect(remote);
        } catch (IOException e) {
            if (stop.isRaised()) {
                return "";
            }
            throw fail(NetFailures.transfer(e, remoteText), e, false, "", remoteText);
        }
        return Endpoints.format(ch.getLocalAddress());
    }

    private void sendAll(DatagramChannel ch, String local, String remote) throws EngineException {
        byte[] payload = settings.payload();   // one copy, shared read-only by every SENT event
        ByteBuffer out = ByteBuffer.allocateDirect(payload.length).put(payload).flip();
        boolean waits = settings.waitsForReply();
        byte[] replyBuffer = waits ? new byte[Datagrams.WHOLE_DATAGRAM] : null;
        DatagramPacket reply = waits ? new DatagramPacket(replyBuffer, replyBuffer.length) : null;
        long intervalNanos = TimeUnit.MILLISECONDS.toNanos(settings.intervalMillis());
        long count = settings.count();
        long sent = 0;
        long replies = 0;
        long timeouts = 0;
        IOException failure = null;

        sink.publish(NetEvent.info(SOURCE, local, remote, "Sending " + Datagrams.grouped(count) + " datagram"
                + (count == 1 ? "" : "s") + " of " + payload.length + " bytes from " + local + " to " + remote + "."));
        long start = System.nanoTime();
        try {
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
                sent++;
                sink.publish(NetEvent.sent(SOURCE, local, remote, payload, ""));
                if (waits) {
                    reply.setLength(replyBuffer.length);
                    try {
                        socket.receive(reply);
                        replies++;
                        sink.publish(replyEvent(reply, local, remote));
                    } catch (SocketTimeoutException e) {
                        if (stop.isRaised()) {
                            break;
                        }
                        timeouts++;
                        sink.publish(NetEvent.info(SOURCE, local, remote, "No reply from " + remote + " within "
                                + settings.replyTimeoutMillis() + " ms; UDP promises no answer, so the server may not reply or a datagram was lost."));
                    }
                }
            }
        } catch (IOException e) {
            if (!stop.stopped()) {
                failure = e;
            }
        }
        long nanos = System.nanoTime() - start;
        boolean refused = failure instanceof PortUnreachableException;
        summary = SendSummary.of(sent, nanos, replies, refused ? 1 : 0, timeouts);
        if (failure != null) {
            // Reported before the summary so the log reads: what went wrong, then how far we got.
            String sentence = NetFailures.transfer(failure, remote);
            sink.publish(NetEvent.error(SOURCE, local, remote, sentence, failure));
            sink.publish(NetEvent.info(SOURCE, local, remote, summary.sentence(waits)));
            throw new EngineException(sentence, failure, false);
        }
        sink.publish(NetEvent.info(SOURCE, local, remote, summary.sentence(waits)));
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
        DatagramChannel ch = channel;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // Closing only wakes run(); there is nothing left to report.
            }
        }
    }
}
