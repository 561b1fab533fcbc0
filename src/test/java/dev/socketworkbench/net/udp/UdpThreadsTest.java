package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.event.Direction;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A listener and a sender on named threads: closing both ends both runs promptly and leaves no thread behind. */
class UdpThreadsTest {
    private static final String PREFIX = "udp-baseline-";

    private static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive).map(Thread::getName).filter(n -> n.startsWith(PREFIX)).toList();
    }

    @Test
    void closingListenerAndSenderEndsTheirThreads() throws Exception {
        assertEquals(List.of(), liveThreads());
        EventRecorder heard = new EventRecorder();
        EventRecorder said = new EventRecorder();

        UdpListener listener = new UdpListener(UdpListenerSettings.on(0).withReplyMode(ReplyMode.ECHO), heard);
        EngineRun listening = EngineRun.start(PREFIX + "listener", listener);
        InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
        UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", at.getPort(), "ping".getBytes(StandardCharsets.US_ASCII))
                .withCount(1_000_000).withIntervalMillis(5).withReplyTimeoutMillis(1000), said);
        EngineRun sending = EngineRun.start(PREFIX + "sender", sender);

        said.awaitCount(2, e -> e.direction() == Direction.RECEIVED, "two echoes");
        assertEquals(List.of(PREFIX + "listener", PREFIX + "sender"), liveThreads().stream().sorted().toList());

        Duration senderTook = EngineRun.stop(sender, sending);
        Duration listenerTook = EngineRun.stop(listener, listening);
        assertTrue(senderTook.compareTo(EngineRun.LIVENESS) < 0, "sender returned " + senderTook.toMillis() + " ms after close()");
        assertTrue(listenerTook.compareTo(EngineRun.LIVENESS) < 0, "listener returned " + listenerTook.toMillis() + " ms after close()");
        assertEquals(List.of(), liveThreads());
        assertTrue(heard.events(Direction.ERROR).isEmpty(), heard.events(Direction.ERROR).toString());
        assertTrue(said.events(Direction.ERROR).isEmpty(), said.events(Direction.ERROR).toString());
    }
}
