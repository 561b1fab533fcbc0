package dev.socketworkbench.ui.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.udp.ReplyMode;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab model driving the real engines over loopback: start, stop, failures shown at the field,
 * thread names and "no thread left". Engines are started on the JavaFX thread, as the view does.
 */
class UdpModelEnginesTest {
    private final EngineRunner engines = new EngineRunner();
    private final StatusLine status = new StatusLine();
    private final Recorder log = new Recorder();
    private UdpTabModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    private UdpTabModel model() throws Exception {
        model = FxThread.call(() -> new UdpTabModel(engines, status, log, Platform::runLater));
        return model;
    }

    @AfterEach
    void noThreadLeft() throws Exception {
        if (model != null) {
            FxThread.run(model::shutdown);
        }
        FxThread.run(engines::stopAll);
        for (String prefix : List.of("udp-listener-", "udp-sender-")) {
            for (Thread t : FxThread.threadsNamed(prefix)) {
                FxThread.awaitEnd(t);
            }
        }
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxThread.call(condition));
    }

    @Test
    void listensOnTheRealBoundAddressAndStopsAtOnce() throws Exception {
        UdpListenModel listen = model().listen();
        int before = FxThread.threadsNamed("udp-listener-").size();
        FxThread.run(() -> {
            listen.portProperty().set("0");
            assertTrue(listen.start());
            assertTrue(listen.isActive());
            assertFalse(listen.canStart(), "one listener at a time");
        });
        FxThread.awaitValue(listen::stateProperty, ListenerLifecycle.State.LISTENING);
        String bound = FxThread.call(() -> listen.boundAddressProperty().get());
        assertTrue(bound.matches("127\\.0\\.0\\.1:\\d+") && !bound.endsWith(":0"), bound);
        assertEquals("Listening on " + bound, FxThread.call(() -> listen.statusTextProperty().get()));
        assertEquals(1, FxThread.threadsNamed("udp-listener-0").size(), "the thread is named after the port asked for");

        FxThread.run(() -> {
            listen.stop();
            assertFalse(listen.isActive(), "Stop takes effect at once");
            assertEquals(ListenerLifecycle.State.STOPPED, listen.stateProperty().get());
            assertEquals("Not listening.", listen.statusTextProperty().get());
        });
        for (Thread t : FxThread.threadsNamed("udp-listener-")) {
            FxThread.awaitEnd(t);
        }
        assertEquals(before, FxThread.threadsNamed("udp-listener-").size());
        assertTrue(log.messages(Direction.INFO).contains("Listening on " + bound + " (UDP)."), log.events().toString());
    }

    @Test
    void aPortInUseIsShownAtThePortFieldAndInTheLog() throws Exception {
        UdpListenModel listen = model().listen();
        try (DatagramSocket holder = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = holder.getLocalPort();
            String sentence = "Port " + port + " is already in use on 127.0.0.1:" + port
                    + ": another program (or another tab) is bound to it; stop it or pick another port.";
            FxThread.run(() -> {
                listen.portProperty().set(Integer.toString(port));
                listen.start();
            });
            FxThread.awaitValue(listen::stateProperty, ListenerLifecycle.State.FAILED);
            FxThread.run(() -> {
                assertEquals(sentence, listen.portErrorProperty().get());
                assertFalse(listen.isActive());
                assertTrue(listen.canStart(), "the input is fine: once the port is free, Start works again");
                assertEquals(StatusLine.Level.WARNING, status.level());
                assertEquals(sentence, status.text());
            });
            assertEquals(List.of(sentence), log.messages(Direction.ERROR));

            FxThread.run(() -> {
                listen.portProperty().set("0");
                assertEquals("", listen.portErrorProperty().get(), "editing the field clears the old failure");
            });
        }
    }

    @Test
    void sendsTheEncodedPayloadOnANamedThreadAndReportsTheRate() throws Exception {
        UdpSendModel send = model().send();
        try (DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            receiver.setSoTimeout(10_000);
            int port = receiver.getLocalPort();
            FxThread.run(() -> {
                send.portProperty().set(Integer.toString(port));
                send.payloadProperty().set("hello");
                send.countProperty().set("3");
                send.asFastAsPossibleProperty().set(true);
                assertTrue(send.send());
                assertTrue(send.sendingProperty().get());
                assertFalse(send.canSend(), "one run at a time");
            });
            for (int i = 0; i < 3; i++) {
                DatagramPacket packet = new DatagramPacket(new byte[100], 100);
                receiver.receive(packet);
                assertEquals("hello", new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
            FxThread.awaitValue(send::sendingProperty, false);
            await(() -> send.resultProperty().get().startsWith("Sent 3 datagrams in "));
            String result = FxThread.call(() -> send.resultProperty().get());
            assertTrue(result.matches("Sent 3 datagrams in \\d+\\.\\d{3} s \\([\\d,]+/s\\)\\."), result);
            assertEquals(3, log.events().stream().filter(e -> e.direction() == Direction.SENT).count());
            NetEvent sent = log.events().stream().filter(e -> e.direction() == Direction.SENT).findFirst().orElseThrow();
            assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), sent.payload());
            assertEquals("127.0.0.1:" + port, sent.remote());
            assertTrue(FxThread.call(send::canSend));
        }
    }

    @Test
    void stopEndsALongRunAtOnceAndSaysHowFarItGot() throws Exception {
        UdpSendModel send = model().send();
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = silent.getLocalPort();
            FxThread.run(() -> {
                send.portProperty().set(Integer.toString(port));
                send.waitForReplyProperty().set(true);
                send.replyTimeoutProperty().set("60000");   // the server never answers: the run waits until stopped
                send.send();
                assertTrue(send.stoppableProperty().get(), "waiting for a reply can be stopped");
            });
            silent.setSoTimeout(10_000);
            silent.receive(new DatagramPacket(new byte[100], 100));
            List<Thread> sender = FxThread.threadsNamed("udp-sender-" + port);
            assertEquals(1, sender.size(), "the sender runs on udp-sender-" + port);

            FxThread.run(() -> {
                send.sendOrStop();
                assertFalse(send.sendingProperty().get());
                assertTrue(send.canSend());
            });
            FxThread.awaitEnd(sender.get(0));
            await(() -> send.resultProperty().get().startsWith("Sent 1 datagram in "));
            assertTrue(FxThread.call(() -> send.resultProperty().get()).endsWith(", 0 replies, 0 without reply, 0 refused."));
        }
    }

    @Test
    void echoRepliesComeBackToTheSenderWaitingForThem() throws Exception {
        UdpTabModel tab = model();
        FxThread.run(() -> {
            tab.listen().portProperty().set("0");
            tab.listen().replyModeProperty().set(ReplyMode.ECHO);
            tab.listen().start();
        });
        FxThread.awaitValue(() -> tab.listen().stateProperty(), ListenerLifecycle.State.LISTENING);
        String bound = FxThread.call(() -> tab.listen().boundAddressProperty().get());
        String port = bound.substring(bound.lastIndexOf(':') + 1);
        FxThread.run(() -> {
            tab.send().portProperty().set(port);
            tab.send().payloadProperty().set("ping");
            tab.send().waitForReplyProperty().set(true);
            tab.send().send();
        });
        await(() -> tab.send().resultProperty().get().contains(", 1 reply, 0 without reply, 0 refused."));
        List<NetEvent> replies = log.events().stream()
                .filter(e -> e.direction() == Direction.RECEIVED && e.source().equals("udp-sender")).toList();
        assertEquals(1, replies.size());
        assertEquals("ping", new String(replies.get(0).payload(), StandardCharsets.UTF_8));
    }
}
