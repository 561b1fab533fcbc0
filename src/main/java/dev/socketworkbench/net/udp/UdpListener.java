package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Receives datagrams and optionally answers them: the seed's {@code sock.bind(...)} + {@code recvfrom(8192)}
 * loop, the socketserver UDPServer replying "Got your message!" ({@link ReplyMode#FIXED}) and UDP_Server.py
 * sending each message back ({@link ReplyMode#ECHO}). It can also join a multicast group.
 *
 * <p>Unlike {@code recvfrom(8192)}, which silently drops the end of a longer datagram, it reads every datagram
 * whole and says when it kept only the first {@code bufferBytes}.
 */
public final class UdpListener implements Engine {
    public static final String SOURCE = "udp-listener";

    private final UdpListenerSettings settings;
    private final EventSink sink;
    private final CompletableFuture<InetSocketAddress> bound = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile DatagramChannel channel;

    public UdpListener(UdpListenerSettings settings, EventSink sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Completes with the bound address (the real port when the settings asked for port 0) once the listener
     * is listening; completes exceptionally with the {@link EngineException} if it could not bind, or with a
     * {@link java.util.concurrent.CancellationException} if the listener was closed first. Each call returns a
     * new dependent future, so a caller cannot complete the listener's own.
     */
    public CompletableFuture<InetSocketAddress> bound() {
        return bound.copy();
    }

    /** A name for the thread that runs this engine, e.g. {@code udp-listener-6667}; the UI and CLI use it. */
    public String threadName() {
        return "udp-listener-" + settings.port();
    }

    @Override
    public void run() throws EngineException {
        try {
            listen();
        } catch (EngineException e) {
            bound.completeExceptionally(e);
            throw e;
        } finally {
            bound.cancel(false);   // no-op once completed
            channel = null;
        }
    }

    private void listen() throws EngineException {
        String wantedText = Endpoints.format(settings.bindAddress(), settings.port());
        InetAddress bindIp;
        NetworkInterface nif = null;
        try {
            settings.validate();
            if (settings.joinsMulticastGroup()) {
                InetAddress group = settings.groupAddress();
                nif = multicastInterface();
                // Bound to the group itself the socket gets that group's datagrams and no unicast traffic.
                bindIp = group instanceof Inet6Address ? Inet6Address.getByAddress(null, group.getAddress(), nif) : group;
            } else {
                bindIp = Hosts.resolve("bindAddress", settings.bindAddress());
            }
        } catch (InvalidInputException e) {
            throw fail(e.getMessage(), e, true, "");
        } catch (IOException e) {
            throw fail("Could not read this machine's network interfaces to join the group " + settings.multicastGroup()
                    + "; check that the interface exists and is up.", e, true, "");
        }
        InetSocketAddress wanted = new InetSocketAddress(bindIp, settings.port());
        wantedText = Endpoints.format(wanted);
        ProtocolFamily family = bindIp instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        try (DatagramChannel ch = DatagramChannel.open(family)) {
            channel = ch;
            if (closed) {
                return;
            }
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, false);
            try {
                ch.bind(wanted);
            } catch (IOException | SecurityException e) {
                if (stopped()) {
                    return;
                }
                throw fail(NetFailures.bind(e, wantedText, settings.port()), e, true, wantedText);
            }
            InetSocketAddress local = (InetSocketAddress) ch.getLocalAddress();
            String localText = Endpoints.format(local);
            boolean exposed;
            if (nif != null) {
                join(ch, bindIp, nif, localText);
                exposed = !nif.isLoopback();
            } else {
                exposed = !local.getAddress().isLoopbackAddress();
            }
            sink.publish(NetEvent.info(SOURCE, localText, "", "Listening on " + localText + " (UDP)"
                    + (exposed ? " - reachable from the network." : ".")));
            bound.complete(local);
            long received = receiveLoop(ch, localText);
            sink.publish(NetEvent.info(SOURCE, localText, "", "Stopped listening on " + localText + " (UDP) after "
                    + Datagrams.grouped(received) + " datagram" + (received == 1 ? "" : "s") + "."));
        } catch (IOException e) {
            if (!stopped()) {
                throw fail(NetFailures.transfer(e, wantedText), e, false, wantedText);
            }
        }
    }

    /** The named interface, or the loopback interface when none is named. */
    private NetworkInterface multicastInterface() throws InvalidInputException, SocketException {
        String name = settings.multicastInterface();
        NetworkInterface nif = name.isEmpty()
                ? NetworkInterface.networkInterfaces().filter(UdpListener::isLoopback).findFirst().orElse(null)
                : NetworkInterface.getByName(name);
        if (nif == null) {
            throw new InvalidInputException("interface", name.isEmpty()
                    ? "This machine has no loopback interface to join the group on; name an interface such as eth0."
                    : "There is no network interface named \"" + name + "\" on this machine; pick one that `ip link` lists, such as lo.");
        }
        return nif;
    }

    private void join(DatagramChannel ch, InetAddress group, NetworkInterface nif, String localText) throws EngineException {
        // The group as the user typed it reads better than the JDK's long IPv6 form.
        String groupText = settings.multicastGroup();
        try {
            ch.join(group, nif);
        } catch (IOException | IllegalArgumentException e) {
            throw fail("Could not join the multicast group " + groupText + " on interface " + nif.getName() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); pick an interface that is up and has an "
                    + (group instanceof Inet6Address ? "IPv6" : "IPv4") + " address.", e, true, localText);
        }
        sink.publish(NetEvent.info(SOURCE, localText, "", "Joined the multicast group " + groupText + " on interface "
                + nif.getName() + "."));
    }

    /** Receives until closed or the datagram limit; returns how many datagrams arrived. */
    private long receiveLoop(DatagramChannel ch, String local) throws IOException {
        ByteBuffer in = ByteBuffer.allocateDirect(Datagrams.WHOLE_DATAGRAM);
        byte[] fixedReply = settings.fixedReply();   // one copy, shared read-only by every reply event
        // Replies go out from direct buffers: a heap buffer would be copied into a temporary direct one per send.
        ByteBuffer fixedOut = ByteBuffer.allocateDirect(fixedReply.length).put(fixedReply).flip();
        long max = settings.maxDatagrams();
        long received = 0;
        SocketAddress lastFrom = null;
        String sender = "";
        while (!closed && (max == 0 || received < max)) {
            in.clear();
            SocketAddress from;
            try {
                from = ch.receive(in);
            } catch (IOException e) {
                if (stopped()) {
                    return received;   // close() closed the channel under the blocking receive
                }
                throw e;
            }
            in.flip();
            int length = in.remaining();
            byte[] data = new byte[Math.min(length, settings.bufferBytes())];
            in.get(data);
            received++;
            if (!from.equals(lastFrom)) {   // a peer usually sends many datagrams in a row: format its address once
                lastFrom = from;
                sender = Endpoints.format(from);
            }
            sink.publish(NetEvent.received(SOURCE, local, sender, data, data.length < length
                    ? Datagrams.truncated(length, data.length)
                    : ""));   // the columns already say who sent how much
            switch (settings.replyMode()) {
                case NONE -> { }
                case ECHO -> reply(ch, in.rewind().limit(data.length), data, from, local, sender);
                case FIXED -> reply(ch, fixedOut.rewind(), fixedReply, from, local, sender);
            }
        }
        return received;
    }

    /** Sends {@code out} (the bytes of {@code answer}) back to {@code to} and reports it. */
    private void reply(DatagramChannel ch, ByteBuffer out, byte[] answer, SocketAddress to, String local, String sender) {
        if (answer.length == 0) {
            sink.publish(NetEvent.info(SOURCE, local, sender, "The datagram was empty, and Java cannot send an empty reply, so none was sent."));
            return;
        }
        try {
            ch.send(out, to);
            sink.publish(NetEvent.sent(SOURCE, local, sender, answer, "reply"));
        } catch (IOException e) {
            if (!stopped()) {
                // One failed reply should not end the listener; the next datagram may come from elsewhere.
                sink.publish(NetEvent.error(SOURCE, local, sender, NetFailures.transfer(e, sender), e));
            }
        }
    }

    private static boolean isLoopback(NetworkInterface nif) {
        try {
            return nif.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    /** Closed by {@link #close()} or by an interrupt of the running thread: an end, not a failure. */
    private boolean stopped() {
        return closed || Thread.currentThread().isInterrupted();
    }

    private EngineException fail(String sentence, Throwable cause, boolean badInput, String local) {
        sink.publish(NetEvent.error(SOURCE, local, "", sentence, cause));
        return new EngineException(sentence, cause, badInput);
    }

    @Override
    public void close() {
        closed = true;
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
