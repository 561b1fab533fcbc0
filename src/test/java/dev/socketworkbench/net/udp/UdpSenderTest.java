package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UdpSenderTest {
    private static final byte[] HELLO = "Hello you there!".getBytes(StandardCharsets.UTF_8);

    private final EventRecorder events = new EventRecorder();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void sendsEveryDatagramAndReportsEachOne(String host) throws Exception {
        try (DatagramSocket receiver = Loopback.socket(host)) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, receiver.getLocalPort(), HELLO).withCount(3), events);
            sender.run();

            String remote = Loopback.endpoint(host, receiver.getLocalPort());
            List<NetEvent> sent = events.events(Direction.SENT);
            assertEquals(3, sent.size());
            for (int i = 0; i < 3; i++) {
                DatagramPacket p = new DatagramPacket(new byte[1024], 1024);
                receiver.receive(p);
                assertArrayEquals(HELLO, Arrays.copyOf(p.getData(), p.getLength()));
                assertEquals(Loopback.endpoint(host, p.getPort()), sent.get(i).local());
                assertEquals(remote, sent.get(i).remote());
                assertArrayEquals(HELLO, sent.get(i).payload());
            }
            SendSummary summary = sender.summary();
            assertEquals(3, summary.sent());
            assertEquals(0, summary.replies() + summary.unreachable() + summary.timeouts());
            NetEvent last = events.events().get(events.events().size() - 1);
            assertEquals(Direction.INFO, last.direction());
            assertTrue(last.message().matches("Sent 3 datagrams in \\d+\\.\\d{3} s \\([\\d,]+/s\\)\\."), last.message());
            assertTrue(events.events(Direction.ERROR).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void sendsToOurListenerAndTheListenerSeesTheSendersPort(String host) throws Exception {
        EventRecorder heard = new EventRecorder();
        UdpListener listener = new UdpListener(UdpListenerSettings.on(host, 0), heard);
        EngineRun listening = EngineRun.start("udp-listener-test", listener);
        try {
            InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, at.getPort(), HELLO).withCount(5), events);
            sender.run();
            List<NetEvent> got = heard.awaitCount(5, e -> e.direction() == Direction.RECEIVED, "five datagrams");
            String senderLocal = events.await(Direction.SENT).local();
            got.forEach(e -> {
                assertArrayEquals(HELLO, e.payload());
                assertEquals(senderLocal, e.remote());
            });
        } finally {
            EngineRun.stop(listener, listening);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void waitsForAndReportsTheReply(String host) throws Exception {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(host, 0).withReplyMode(ReplyMode.FIXED), EventSink.DISCARD);
        EngineRun listening = EngineRun.start("udp-listener-test", listener);
        try {
            InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, at.getPort(), HELLO)
                    .withCount(2).withReplyTimeoutMillis(10_000), events);
            sender.run();
            List<NetEvent> replies = events.events(Direction.RECEIVED);
            assertEquals(2, replies.size());
            for (NetEvent reply : replies) {
                assertEquals("Got your message!", new String(reply.payload(), StandardCharsets.US_ASCII));
                assertEquals(Loopback.endpoint(host, at.getPort()), reply.remote());
                assertEquals("reply", reply.message(), "the columns show the size and sender; the note says it answered");
            }
            assertEquals(new SendSummary(2, sender.summary().nanos(), sender.summary().ratePerSecond(), 2, 0, 0), sender.summary());
            String last = events.events().get(events.events().size() - 1).message();
            assertTrue(last.endsWith(", 2 replies, 0 without reply, 0 refused."), last);
        } finally {
            EngineRun.stop(listener, listening);
        }
    }

    @Test
    void longReplyIsReportedAsTruncated() throws Exception {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(0).withFixedReply(new byte[3000]), EventSink.DISCARD);
        EngineRun listening = EngineRun.start("udp-listener-test", listener);
        try {
            InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
            new UdpSender(UdpSenderSettings.to("127.0.0.1", at.getPort(), HELLO)
                    .withReplyTimeoutMillis(10_000).withReplyBufferBytes(1024), events).run();
            NetEvent reply = events.await(Direction.RECEIVED);
            assertEquals(1024, reply.byteCount());
            assertTrue(reply.message().startsWith("Datagram of 3000 bytes truncated to the 1024-byte receive buffer"), reply.message());
        } finally {
            EngineRun.stop(listener, listening);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void nothingListeningIsDetectedFromIcmpPortUnreachable(String host) throws Exception {
        int port = Loopback.closedPort(host);
        UdpSender sender = new UdpSender(UdpSenderSettings.to(host, port, HELLO).withCount(3).withReplyTimeoutMillis(10_000), events);
        EngineException e = assertThrows(EngineException.class, sender::run);

        String expected = "Nothing is listening on " + Loopback.endpoint(host, port) + " (ICMP port unreachable).";
        assertEquals(expected, e.getMessage());
        assertFalse(e.isBadInput());
        assertInstanceOf(PortUnreachableException.class, e.getCause());
        assertEquals(List.of(expected), events.events(Direction.ERROR).stream().map(NetEvent::message).toList());
        assertTrue(events.events(Direction.RECEIVED).isEmpty());
        // Like the seed's Client1.py ("[!] Server not running"), the first refusal ends the run.
        assertEquals(1, sender.summary().sent());
        assertEquals(1, sender.summary().unreachable());
        assertEquals(0, sender.summary().timeouts());
        assertTrue(events.events().get(events.events().size() - 1).message().startsWith("Sent 1 datagram in "));
    }

    @Test
    void nothingListeningIsAlsoNoticedWithoutAReplyWait() throws Exception {
        int port = Loopback.closedPort("127.0.0.1");
        // The kernel reports the first datagram's ICMP error on a later send, so a few sends are needed.
        UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", port, HELLO).withCount(1000).withIntervalMillis(1), events);
        EngineException e = assertThrows(EngineException.class, sender::run);
        assertEquals("Nothing is listening on 127.0.0.1:" + port + " (ICMP port unreachable).", e.getMessage());
        assertTrue(sender.summary().sent() < 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void silentServerEndsEachWaitWithATimeout(String host) throws Exception {
        try (DatagramSocket silent = Loopback.socket(host)) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, silent.getLocalPort(), HELLO)
                    .withCount(2).withReplyTimeoutMillis(150), events);
            sender.run();
            String remote = Loopback.endpoint(host, silent.getLocalPort());
            List<String> infos = events.events(Direction.INFO).stream().map(NetEvent::message)
                    .filter(m -> m.startsWith("No reply")).toList();
            assertEquals(List.of(
                    "No reply from " + remote + " within 150 ms; UDP promises no answer, so the server may not reply or a datagram was lost.",
                    "No reply from " + remote + " within 150 ms; UDP promises no answer, so the server may not reply or a datagram was lost."),
                    infos);
            assertEquals(2, sender.summary().timeouts());
            assertEquals(0, sender.summary().replies());
            assertTrue(events.events(Direction.ERROR).isEmpty());
        }
    }

    @Test
    void unknownHostIsBadInputReportedAsAnError() throws Exception {
        UdpSender sender = new UdpSender(UdpSenderSettings.to("no-such-host.invalid", 6667, HELLO), events);
        EngineException e = assertThrows(EngineException.class, sender::run);
        assertTrue(e.isBadInput());
        assertEquals("The host \"no-such-host.invalid\" is unknown: no address was found for it; check the spelling or use an IP address.",
                e.getMessage());
        assertEquals(e.getMessage(), events.await(Direction.ERROR).message());
        assertEquals(SendSummary.NONE, sender.summary());
    }

    @Test
    void invalidSettingsAreBadInputReportedAsAnError() throws Exception {
        UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", 6667, new byte[65_508]), events);
        EngineException e = assertThrows(EngineException.class, sender::run);
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("The payload is 65,508 bytes"), e.getMessage());
        assertEquals(e.getMessage(), events.await(Direction.ERROR).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void sourcePortAlreadyInUseIsBadInput(String host) throws Exception {
        try (DatagramSocket taken = Loopback.socket(host);
             DatagramSocket receiver = Loopback.socket(host)) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, receiver.getLocalPort(), HELLO)
                    .withSourcePort(taken.getLocalPort()), events);
            EngineException e = assertThrows(EngineException.class, sender::run);
            assertTrue(e.isBadInput());
            assertTrue(e.getMessage().startsWith("Port " + taken.getLocalPort() + " is already in use on "), e.getMessage());
            assertEquals(e.getMessage(), events.await(Direction.ERROR).message());
            assertTrue(events.events(Direction.SENT).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void sendsFromTheChosenSourcePort(String host) throws Exception {
        int source = Loopback.closedPort(host);
        try (DatagramSocket receiver = Loopback.socket(host)) {
            new UdpSender(UdpSenderSettings.to(host, receiver.getLocalPort(), HELLO).withSourcePort(source), events).run();
            DatagramPacket p = new DatagramPacket(new byte[64], 64);
            receiver.receive(p);
            assertEquals(source, p.getPort());
        }
    }

    @Test
    void closeStopsALongIntervalSendPromptly() throws Exception {
        try (DatagramSocket silent = Loopback.socket("127.0.0.1")) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", silent.getLocalPort(), HELLO)
                    .withCount(1_000_000).withIntervalMillis(20), events);
            EngineRun run = EngineRun.start("udp-sender-test", sender);
            events.awaitCount(3, e -> e.direction() == Direction.SENT, "three datagrams");
            Duration took = EngineRun.stop(sender, run);
            assertTrue(took.compareTo(EngineRun.LIVENESS) < 0, "run() returned " + took.toMillis() + " ms after close()");
            long sent = sender.summary().sent();
            assertTrue(sent >= 3 && sent < 1_000_000, "sent " + sent);
            assertTrue(events.events(Direction.ERROR).isEmpty(), events.events(Direction.ERROR).toString());
            assertTrue(events.events().get(events.events().size() - 1).message().startsWith("Sent " + sent + " datagram"));
        }
    }

    @Test
    void closeStopsAFullSpeedSendPromptly() throws Exception {
        CountDownLatch started = new CountDownLatch(1000);
        AtomicLong errors = new AtomicLong();
        EventSink counting = e -> {
            started.countDown();
            if (e.direction() == Direction.ERROR) {
                errors.incrementAndGet();
            }
        };
        try (DatagramSocket silent = Loopback.socket("127.0.0.1")) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", silent.getLocalPort(), new byte[64])
                    .withCount(5_000_000), counting);
            EngineRun run = EngineRun.start("udp-sender-test", sender);
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Duration took = EngineRun.stop(sender, run);
            assertTrue(took.compareTo(EngineRun.LIVENESS) < 0, "run() returned " + took.toMillis() + " ms after close()");
            assertTrue(sender.summary().sent() < 5_000_000);
            assertEquals(0, errors.get());
        }
    }

    @Test
    void closeDuringAReplyWaitReturnsPromptly() throws Exception {
        try (DatagramSocket silent = Loopback.socket("127.0.0.1")) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", silent.getLocalPort(), HELLO)
                    .withReplyTimeoutMillis(60_000), events);
            EngineRun run = EngineRun.start("udp-sender-test", sender);
            events.await(Direction.SENT);
            Duration took = EngineRun.stop(sender, run);
            assertTrue(took.compareTo(EngineRun.LIVENESS) < 0, "run() returned " + took.toMillis() + " ms after close()");
            assertTrue(events.events(Direction.ERROR).isEmpty(), events.events().toString());
            assertEquals(0, sender.summary().timeouts());
        }
    }

    @Test
    void closeBeforeRunSendsNothing() throws Exception {
        try (DatagramSocket receiver = Loopback.socket("127.0.0.1")) {
            UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", receiver.getLocalPort(), HELLO), events);
            sender.close();
            sender.run();
            sender.close();
            assertTrue(events.events(Direction.SENT).isEmpty());
            assertTrue(events.events(Direction.ERROR).isEmpty());
        }
    }
}
