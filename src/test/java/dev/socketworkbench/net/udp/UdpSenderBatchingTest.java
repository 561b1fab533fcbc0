package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The flood path of {@link UdpSender} (sendmmsg through {@link SendmmsgSocket}), on real loopback sockets: it must
 * deliver and report exactly what the one-datagram-per-write path does, fail with the same sentences, stop
 * promptly, and leave no socket or thread behind. Linux only.
 */
class UdpSenderBatchingTest {
    /** Three whole batches and a partial one; with a 4 MiB receive buffer none is dropped. */
    private static final int COUNT = 3 * SendmmsgSocket.BATCH + 7;
    private static final byte[] PAYLOAD = "sixty-four bytes or so, the benchmark's size: 0123456789abcdef!".getBytes(StandardCharsets.US_ASCII);

    private final EventRecorder events = new EventRecorder();

    @BeforeAll
    static void linuxOnly() {
        assumeTrue(SendmmsgSocket.available(), "sendmmsg batching is for 64-bit Linux");
    }

    private static UdpSenderSettings flood(String host, int port, long count) {
        return UdpSenderSettings.to(host, port, PAYLOAD).withCount(count);
    }

    private static DatagramSocket bigReceiver(String host) throws IOException {
        DatagramSocket receiver = Loopback.socket(host);
        receiver.setReceiveBufferSize(4 << 20);
        return receiver;
    }

    /** Receives exactly {@code n} datagrams, checks each, and checks that no further one comes; returns the senders' ports. */
    private static List<Integer> receiveExactly(DatagramSocket receiver, int n) throws IOException {
        Integer[] ports = new Integer[n];
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        for (int i = 0; i < n; i++) {
            p.setLength(2048);
            receiver.receive(p);
            assertArrayEquals(PAYLOAD, Arrays.copyOf(p.getData(), p.getLength()), "datagram " + i);
            ports[i] = p.getPort();
        }
        receiver.setSoTimeout(300);
        assertThrows(SocketTimeoutException.class, () -> receiver.receive(p), "more than " + n + " datagrams arrived");
        return List.of(ports);
    }

    @Test
    void onlyFloodsAreBatched() {
        UdpSenderSettings base = UdpSenderSettings.to("127.0.0.1", 9, PAYLOAD);
        assertTrue(new UdpSender(base.withCount(2), EventSink.DISCARD).batches());
        assertFalse(new UdpSender(base, EventSink.DISCARD).batches(), "one datagram");
        assertFalse(new UdpSender(base.withCount(2).withIntervalMillis(1), EventSink.DISCARD).batches(), "paced");
        assertFalse(new UdpSender(base.withCount(2).withReplyTimeoutMillis(100), EventSink.DISCARD).batches(), "reply wait");
        assertFalse(new UdpSender(base.withCount(2), EventSink.DISCARD, false).batches(), "batching turned off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void floodDeliversAndReportsEveryDatagramOnce(String host) throws Exception {
        try (DatagramSocket receiver = bigReceiver(host)) {
            UdpSender sender = new UdpSender(flood(host, receiver.getLocalPort(), COUNT), events);
            assertTrue(sender.batches());
            sender.run();

            List<Integer> ports = receiveExactly(receiver, COUNT);
            String local = Loopback.endpoint(host, ports.get(0));
            String remote = Loopback.endpoint(host, receiver.getLocalPort());
            assertEquals(1, ports.stream().distinct().count(), "every datagram from one socket");
            List<NetEvent> sent = events.events(Direction.SENT);
            assertEquals(COUNT, sent.size());
            for (NetEvent e : sent) {
                assertEquals(local, e.local());
                assertEquals(remote, e.remote());
                assertArrayEquals(PAYLOAD, e.payload());
            }
            assertEquals(COUNT, sender.summary().sent());
            assertEquals(0, sender.summary().unreachable());
            List<NetEvent> all = events.events();
            assertEquals("Sending 199 datagrams of " + PAYLOAD.length + " bytes from " + local + " to " + remote + ".",
                    all.get(0).message());
            assertTrue(all.get(all.size() - 1).message().matches("Sent 199 datagrams in \\d+\\.\\d{3} s \\([\\d,]+/s\\)\\."),
                    all.get(all.size() - 1).message());
            assertEquals(COUNT + 2, all.size(), "INFO, one SENT per datagram, summary");
            assertTrue(events.events(Direction.ERROR).isEmpty());
        }
    }

    /** Both ways of sending, one after the other to one receiver: the same datagrams and the same log. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void batchedAndOneByOneLookTheSameToTheUser(String host) throws Exception {
        try (DatagramSocket receiver = bigReceiver(host)) {
            EventRecorder batchedEvents = new EventRecorder();
            EventRecorder plainEvents = new EventRecorder();
            new UdpSender(flood(host, receiver.getLocalPort(), COUNT), batchedEvents, true).run();
            new UdpSender(flood(host, receiver.getLocalPort(), COUNT), plainEvents, false).run();
            receiveExactly(receiver, 2 * COUNT);
            assertEquals(shape(plainEvents), shape(batchedEvents));
        }
    }

    /** The log with what differs between two runs (source port, time, rate) blanked out. */
    private static List<String> shape(EventRecorder recorder) {
        return recorder.events().stream()
                .map(e -> e.direction() + " " + e.local().replaceAll(":\\d+$", ":*") + " -> " + e.remote() + " " + e.byteCount()
                        + " " + e.message().replaceAll(":\\d+ to", ":* to").replaceAll("in \\d+\\.\\d{3} s \\([\\d,]+/s\\)", "in * s"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void nothingListeningEndsTheFloodWithTheSameSentence(String host) throws Exception {
        int port = Loopback.closedPort(host);
        String expected = "Nothing is listening on " + Loopback.endpoint(host, port) + " (ICMP port unreachable).";
        for (boolean batching : new boolean[] {true, false}) {
            EventRecorder recorder = new EventRecorder();
            UdpSender sender = new UdpSender(flood(host, port, 1_000_000), recorder, batching);
            assertEquals(batching, sender.batches());
            EngineException e = assertThrows(EngineException.class, sender::run);

            assertEquals(expected, e.getMessage(), "batching " + batching);
            assertFalse(e.isBadInput());
            assertInstanceOf(PortUnreachableException.class, e.getCause());
            assertEquals(List.of(expected), recorder.events(Direction.ERROR).stream().map(NetEvent::message).toList());
            SendSummary summary = sender.summary();
            assertEquals(1, summary.unreachable());
            assertTrue(summary.sent() >= 1 && summary.sent() < 1_000_000, "sent " + summary.sent());
            assertEquals(summary.sent(), recorder.events(Direction.SENT).size());
            List<NetEvent> all = recorder.events();
            assertTrue(all.get(all.size() - 1).message().startsWith("Sent " + summary.sent() + " datagram"), all.get(all.size() - 1).message());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void floodSendsFromTheChosenSourcePort(String host) throws Exception {
        int source = Loopback.closedPort(host);
        try (DatagramSocket receiver = bigReceiver(host)) {
            UdpSender sender = new UdpSender(flood(host, receiver.getLocalPort(), COUNT).withSourcePort(source), events);
            assertTrue(sender.batches());
            sender.run();
            assertEquals(List.of(source), receiveExactly(receiver, COUNT).stream().distinct().toList());
            assertEquals(Loopback.endpoint(host, source), events.await(Direction.SENT).local());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void sourcePortInUseIsTheSameBadInput(String host) throws Exception {
        try (DatagramSocket taken = Loopback.socket(host); DatagramSocket receiver = Loopback.socket(host)) {
            UdpSender sender = new UdpSender(flood(host, receiver.getLocalPort(), COUNT).withSourcePort(taken.getLocalPort()), events);
            assertTrue(sender.batches());
            EngineException e = assertThrows(EngineException.class, sender::run);
            assertTrue(e.isBadInput());
            assertEquals("Port " + taken.getLocalPort() + " is already in use on " + Loopback.endpoint(host.contains(":") ? "::" : "0.0.0.0",
                    taken.getLocalPort()) + ": another program (or another tab) is bound to it; stop it or pick another port.", e.getMessage());
            assertTrue(events.events(Direction.SENT).isEmpty());
        }
    }

    /**
     * 127.255.255.255 is loopback's broadcast address (the kernel's local table has a broadcast route for it on lo):
     * without SO_BROADCAST the kernel refuses it, with it the flood goes (to nobody, and a broadcast gets no ICMP back).
     */
    @Test
    void broadcastNeedsTheBroadcastOptionOnBothPaths() throws Exception {
        int port = Loopback.closedPort("127.0.0.1");
        for (boolean batching : new boolean[] {true, false}) {
            EventRecorder refused = new EventRecorder();
            EngineException e = assertThrows(EngineException.class,
                    () -> new UdpSender(flood("127.255.255.255", port, COUNT), refused, batching).run());
            assertEquals("Sending to 127.255.255.255:" + port + " was refused by the system: for a broadcast address, turn on SO_BROADCAST.",
                    e.getMessage(), "batching " + batching);

            UdpSender allowed = new UdpSender(flood("127.255.255.255", port, COUNT).withBroadcast(true), EventSink.DISCARD, batching);
            assertEquals(batching, allowed.batches());
            allowed.run();
            assertEquals(COUNT, allowed.summary().sent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void stopEndsAFloodPromptly(String host) throws Exception {
        CountDownLatch started = new CountDownLatch(1000);
        AtomicLong sentEvents = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        EventSink counting = e -> {
            started.countDown();
            if (e.direction() == Direction.SENT) {
                sentEvents.incrementAndGet();
            } else if (e.direction() == Direction.ERROR) {
                errors.incrementAndGet();
            }
        };
        try (DatagramSocket silent = Loopback.socket(host)) {
            UdpSender sender = new UdpSender(flood(host, silent.getLocalPort(), 50_000_000), counting);
            assertTrue(sender.batches());
            EngineRun run = EngineRun.start("udp-sender-test", sender);
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Duration took = EngineRun.stop(sender, run);
            assertTrue(took.compareTo(EngineRun.LIVENESS) < 0, "run() returned " + took.toMillis() + " ms after close()");
            long sent = sender.summary().sent();
            assertTrue(sent >= 999 && sent < 50_000_000, "sent " + sent);
            assertEquals(sent, sentEvents.get());
            assertEquals(0, errors.get());
        }
    }

    @Test
    void noSocketOrThreadOutlivesARun() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds));
        String host = "127.0.0.1";
        runEveryEnding(host);   // loads every class first, so the JVM opens nothing new during the count
        long fdsBefore = count(fds);
        List<String> threadsBefore = udpThreads();
        for (int i = 0; i < 3; i++) {
            runEveryEnding(host);
            runEveryEnding("::1");
        }
        assertEquals(fdsBefore, count(fds), "open file descriptors before and after");
        assertEquals(threadsBefore, udpThreads());
    }

    /** A flood that ends normally, one refused, one with a bad source port, and one stopped. */
    private static void runEveryEnding(String host) throws Exception {
        try (DatagramSocket receiver = bigReceiver(host)) {
            new UdpSender(flood(host, receiver.getLocalPort(), COUNT), EventSink.DISCARD).run();
            assertThrows(EngineException.class, () -> new UdpSender(flood(host, Loopback.closedPort(host), 100_000), EventSink.DISCARD).run());
            assertThrows(EngineException.class, () -> new UdpSender(flood(host, receiver.getLocalPort(), COUNT)
                    .withSourcePort(receiver.getLocalPort()), EventSink.DISCARD).run());
            CountDownLatch going = new CountDownLatch(1);
            UdpSender endless = new UdpSender(flood(host, receiver.getLocalPort(), 50_000_000), e -> going.countDown());
            EngineRun run = EngineRun.start("udp-sender-test", endless);
            assertTrue(going.await(10, TimeUnit.SECONDS));
            EngineRun.stop(endless, run);
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.count();
        }
    }

    private static List<String> udpThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("udp-")).sorted().toList();
    }
}
