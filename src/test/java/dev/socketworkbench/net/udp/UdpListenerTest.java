package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class UdpListenerTest {
    private static final byte[] HELLO = "Hello you there!".getBytes(StandardCharsets.UTF_8);

    private final EventRecorder events = new EventRecorder();

    /** Starts a listener on its own thread and waits until it is bound. */
    private record Running(UdpListener listener, EngineRun run, InetSocketAddress address) implements AutoCloseable {
        @Override
        public void close() throws ExecutionException, TimeoutException {
            EngineRun.stop(listener, run);
        }
    }

    private Running start(UdpListenerSettings settings) throws Exception {
        UdpListener listener = new UdpListener(settings, events);
        EngineRun run = EngineRun.start("udp-listener-test", listener);
        InetSocketAddress address = listener.bound().get(10, TimeUnit.SECONDS);
        return new Running(listener, run, address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void receivesDatagramsWithTheSendersAddress(String host) throws Exception {
        try (Running l = start(UdpListenerSettings.on(host, 0));
             DatagramSocket client = Loopback.socket(host)) {
            assertTrue(l.address().getPort() > 0);
            String local = Loopback.endpoint(host, l.address().getPort());
            NetEvent listening = events.await(Direction.INFO);
            assertEquals("Listening on " + local + " (UDP).", listening.message());

            client.send(new DatagramPacket(HELLO, HELLO.length, l.address()));
            NetEvent got = events.await(Direction.RECEIVED);
            assertArrayEquals(HELLO, got.payload());
            assertEquals(HELLO.length, got.byteCount());
            assertEquals(local, got.local());
            assertEquals(Loopback.endpoint(host, client.getLocalPort()), got.remote());
            assertEquals("", got.message(), "the columns already show the size and sender");
        }
        assertTrue(events.events(Direction.ERROR).isEmpty(), events.events().toString());
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, ECHO", "::1, ECHO", "127.0.0.1, FIXED", "::1, FIXED"})
    void repliesAsSeenByAPlainDatagramSocket(String host, ReplyMode mode) throws Exception {
        try (Running l = start(UdpListenerSettings.on(host, 0).withReplyMode(mode));
             DatagramSocket client = Loopback.socket(host)) {
            byte[] question = "Hello server, from UDP client!".getBytes(StandardCharsets.UTF_8);
            client.send(new DatagramPacket(question, question.length, l.address()));
            DatagramPacket answer = new DatagramPacket(new byte[1024], 1024);
            client.receive(answer);
            byte[] expected = mode == ReplyMode.ECHO ? question : "Got your message!".getBytes(StandardCharsets.US_ASCII);
            assertArrayEquals(expected, Arrays.copyOf(answer.getData(), answer.getLength()));
            assertEquals(l.address(), answer.getSocketAddress());

            NetEvent sent = events.await(Direction.SENT);
            assertArrayEquals(expected, sent.payload());
            assertEquals(Loopback.endpoint(host, client.getLocalPort()), sent.remote());
            assertEquals("reply", sent.message());
        }
    }

    @Test
    void noReplyModeStaysSilent() throws Exception {
        try (Running l = start(UdpListenerSettings.on(0));
             DatagramSocket client = Loopback.socket("127.0.0.1")) {
            client.send(new DatagramPacket(HELLO, HELLO.length, l.address()));
            events.await(Direction.RECEIVED);
            client.setSoTimeout(300);   // a bounded look for a reply that must not come
            assertThrows(java.net.SocketTimeoutException.class, () -> client.receive(new DatagramPacket(new byte[64], 64)));
        }
        assertTrue(events.events(Direction.SENT).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void longDatagramIsReportedAsTruncated(String host) throws Exception {
        byte[] big = new byte[9000];
        new Random(42).nextBytes(big);
        try (Running l = start(UdpListenerSettings.on(host, 0));
             DatagramSocket client = Loopback.socket(host)) {
            client.send(new DatagramPacket(big, big.length, l.address()));
            client.send(new DatagramPacket(big, 8192, l.address()));
            var got = events.awaitCount(2, e -> e.direction() == Direction.RECEIVED, "two datagrams");
            NetEvent truncated = got.get(0);
            assertEquals(8192, truncated.byteCount());
            assertArrayEquals(Arrays.copyOf(big, 8192), truncated.payload());
            assertEquals("Datagram of 9000 bytes truncated to the 8192-byte receive buffer; raise the buffer size to keep all of it.",
                    truncated.message());
            NetEvent exact = got.get(1);
            assertEquals(8192, exact.byteCount());
            assertFalse(exact.message().contains("truncated"), exact.message());
        }
    }

    @Test
    void echoOfATruncatedDatagramSendsWhatWasKept() throws Exception {
        try (Running l = start(UdpListenerSettings.on(0).withBufferBytes(5).withReplyMode(ReplyMode.ECHO));
             DatagramSocket client = Loopback.socket("127.0.0.1")) {
            client.send(new DatagramPacket(HELLO, HELLO.length, l.address()));
            DatagramPacket answer = new DatagramPacket(new byte[64], 64);
            client.receive(answer);
            assertEquals("Hello", new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void stopsByItselfAfterMaxDatagrams() throws Exception {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(0).withMaxDatagrams(2), events);
        EngineRun run = EngineRun.start("udp-listener-test", listener);
        InetSocketAddress address = listener.bound().get(10, TimeUnit.SECONDS);
        try (DatagramSocket client = Loopback.socket("127.0.0.1")) {
            for (int i = 0; i < 2; i++) {
                client.send(new DatagramPacket(HELLO, HELLO.length, address));
            }
            run.awaitNormalReturn();
        } finally {
            listener.close();
        }
        assertEquals(2, events.events(Direction.RECEIVED).size());
        assertEquals("Stopped listening on 127.0.0.1:" + address.getPort() + " (UDP) after 2 datagrams.",
                events.events().get(events.events().size() - 1).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void closeMakesRunReturnPromptlyWithoutAnError(String host) throws Exception {
        Running l = start(UdpListenerSettings.on(host, 0));
        Duration took = EngineRun.stop(l.listener(), l.run());
        assertTrue(took.compareTo(EngineRun.LIVENESS) < 0, "run() returned " + took.toMillis() + " ms after close()");
        assertFalse(l.run().thread.isAlive());
        assertTrue(events.events(Direction.ERROR).isEmpty(), events.events().toString());
        NetEvent last = events.events().get(events.events().size() - 1);
        assertEquals("Stopped listening on " + Loopback.endpoint(host, l.address().getPort()) + " (UDP) after 0 datagrams.",
                last.message());
        l.listener().close();   // idempotent
    }

    @Test
    void interruptingTheThreadStopsItLikeClose() throws Exception {
        Running l = start(UdpListenerSettings.on(0));
        l.run().thread.interrupt();
        l.run().awaitNormalReturn();
        assertTrue(events.events(Direction.ERROR).isEmpty(), events.events().toString());
        l.listener().close();
    }

    @Test
    void threadNameSaysWhatRunsOnIt() {
        assertEquals("udp-listener-6667", new UdpListener(UdpListenerSettings.on(6667), events).threadName());
        assertEquals("udp-sender-6667", new UdpSender(UdpSenderSettings.to("::1", 6667, HELLO), events).threadName());
    }

    @Test
    void closeBeforeRunMakesRunReturnAtOnce() throws Exception {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(0), events);
        listener.close();
        CompletableFuture<InetSocketAddress> bound = listener.bound();
        listener.run();
        ExecutionException cancelled = assertThrows(ExecutionException.class, () -> bound.get(10, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, cancelled.getCause());
        assertTrue(events.events(Direction.ERROR).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void portAlreadyInUseIsBadInput(String host) throws Exception {
        try (DatagramSocket taken = Loopback.socket(host)) {
            UdpListener listener = new UdpListener(UdpListenerSettings.on(host, taken.getLocalPort()), events);
            CompletableFuture<InetSocketAddress> bound = listener.bound();
            EngineException e = assertThrows(EngineException.class, listener::run);
            assertTrue(e.isBadInput());
            String endpoint = Loopback.endpoint(host, taken.getLocalPort());
            assertEquals("Port " + taken.getLocalPort() + " is already in use on " + endpoint
                    + ": another program (or another tab) is bound to it; stop it or pick another port.", e.getMessage());
            assertEquals(e.getMessage(), events.await(Direction.ERROR).message());
            ExecutionException failed = assertThrows(ExecutionException.class, () -> bound.get(10, TimeUnit.SECONDS));
            assertSame(e, failed.getCause());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"198.51.100.7", "2001:db8::7"})
    void addressThatIsNotLocalIsBadInput(String notOurs) {
        // Binding fails in the kernel; nothing is sent anywhere.
        UdpListener listener = new UdpListener(UdpListenerSettings.on(notOurs, 0), events);
        EngineException e = assertThrows(EngineException.class, listener::run);
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().contains("is not one of this machine's addresses"), e.getMessage());
    }

    @Test
    void unknownBindHostIsBadInput() {
        UdpListener listener = new UdpListener(UdpListenerSettings.on("no-such-host.invalid", 0), events);
        EngineException e = assertThrows(EngineException.class, listener::run);
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("The host \"no-such-host.invalid\" is unknown"), e.getMessage());
    }

    @Test
    void invalidSettingsAreReportedAsBadInput() throws InterruptedException {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(0).withMulticast("10.1.2.3", "lo"), events);
        EngineException e = assertThrows(EngineException.class, listener::run);
        assertTrue(e.isBadInput());
        assertEquals("The group 10.1.2.3 is not a multicast address; use one from 224.0.0.0/4 or ff00::/8, such as 239.1.2.3.",
                e.getMessage());
        assertEquals(e.getMessage(), events.await(Direction.ERROR).message());
    }

    @Test
    void unknownMulticastInterfaceIsBadInput() {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(0).withMulticast("239.1.2.3", "nosuch0"), events);
        EngineException e = assertThrows(EngineException.class, listener::run);
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("There is no network interface named \"nosuch0\""), e.getMessage());
    }

    @Test
    void privilegedPortSentence() {
        // The tests run as root here, so the kernel's refusal is shown with the exception it would throw.
        assertEquals("Port 80 is privileged: binding 127.0.0.1:80 needs root or CAP_NET_BIND_SERVICE; use a port from 1024 up.",
                NetFailures.bind(new BindException("Permission denied"), "127.0.0.1:80", 80));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void privilegedPortIsRefusedWhenNotRoot(String host) throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may bind port 80");
        assumeTrue(unprivilegedPortStart() > 80, "this kernel lets anyone bind port 80");
        UdpListener listener = new UdpListener(UdpListenerSettings.on(host, 80), events);
        EngineException e = assertThrows(EngineException.class, listener::run);
        assertTrue(e.isBadInput());
        assertEquals("Port 80 is privileged: binding " + Loopback.endpoint(host, 80)
                + " needs root or CAP_NET_BIND_SERVICE; use a port from 1024 up.", e.getMessage());
    }

    private static int unprivilegedPortStart() throws Exception {
        Path knob = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");
        // readAllLines, not readString: on JDK 25 readString of this /proc file returns only its first byte.
        return Files.isReadable(knob) ? Integer.parseInt(Files.readAllLines(knob).get(0).strip()) : 1024;
    }

    @Test
    void wildcardBindSaysItIsReachableFromTheNetwork() throws Exception {
        // Bound to 0.0.0.0 but only ever sent to over loopback, and closed at once.
        try (Running l = start(UdpListenerSettings.on("0.0.0.0", 0))) {
            assertEquals("Listening on 0.0.0.0:" + l.address().getPort() + " (UDP) - reachable from the network.",
                    events.await(Direction.INFO).message());
        }
    }

    @Test
    void joinsAMulticastGroupOnLoopbackAndReceivesIt() throws Exception {
        String group = "239.255.77." + (1 + new Random().nextInt(250));
        NetworkInterface lo = loopback();
        try (Running l = start(UdpListenerSettings.on(0).withMulticast(group, lo.getName()));
             DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            assertEquals(group, l.address().getAddress().getHostAddress());
            assertEquals("Joined the multicast group " + group + " on interface " + lo.getName() + ".",
                    events.await(e -> e.message().startsWith("Joined"), "join").message());
            // Pinned to loopback with TTL 0, so the datagram never leaves this machine.
            sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            sender.send(ByteBuffer.wrap(HELLO), new InetSocketAddress(InetAddress.getByName(group), l.address().getPort()));
            NetEvent got = events.await(Direction.RECEIVED);
            assertArrayEquals(HELLO, got.payload());
            assertTrue(got.remote().startsWith("127.0.0.1:"), got.remote());
        }
    }

    @Test
    void joinsAnIpv6MulticastGroupOnLoopbackWhereTheKernelRoutesIt() throws Exception {
        String group = "ff05::77:" + Integer.toHexString(1 + new Random().nextInt(250));
        NetworkInterface lo = loopback();
        try (Running l = start(UdpListenerSettings.on("::1", 0).withMulticast(group, lo.getName()));
             DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET6)) {
            sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 0);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            try {
                sender.send(ByteBuffer.wrap(HELLO), new InetSocketAddress(InetAddress.getByName(group), l.address().getPort()));
            } catch (SocketException e) {
                // Linux has no IPv6 multicast route on lo unless lo has the MULTICAST flag; we do not change the machine.
                assumeTrue(false, "IPv6 multicast cannot be sent on loopback here: " + e.getMessage());
            }
            assertArrayEquals(HELLO, events.await(Direction.RECEIVED).payload());
        }
    }

    private static NetworkInterface loopback() throws SocketException {
        NetworkInterface lo = NetworkInterface.networkInterfaces().filter(n -> {
            try {
                return n.isLoopback() && n.isUp();
            } catch (SocketException e) {
                return false;
            }
        }).findFirst().orElse(null);
        assertNotNull(lo, "a loopback interface");
        return lo;
    }

    @Test
    void failedBindCompletesBoundExceptionallyWithTheEngineException() {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(70000), events);
        CompletableFuture<InetSocketAddress> bound = listener.bound();
        EngineException e = assertThrows(EngineException.class, listener::run);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> bound.get(10, TimeUnit.SECONDS));
        assertInstanceOf(EngineException.class, failed.getCause());
        assertEquals("port", e.getCause() instanceof dev.socketworkbench.net.input.InvalidInputException iie ? iie.field() : null);
    }
}
