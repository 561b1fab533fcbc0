package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our engines against the seed programs themselves (Python 3 ports in src/test/resources/seeds/),
 * so the workbench is checked to speak to the code the students start from.
 */
class SeedInteropTest {
    private final EventRecorder events = new EventRecorder();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void seedClientGetsOurFixedReply(String host) throws Exception {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(host, 0).withReplyMode(ReplyMode.FIXED), events);
        EngineRun listening = EngineRun.start("udp-listener-seed", listener);
        try {
            InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
            try (SeedProcess client = SeedProcess.start("udp_client1.py", host, Integer.toString(at.getPort()))) {
                assertEquals("Message from Server:  Got your message!", client.awaitLine("Message from Server:"));
                assertEquals(0, client.awaitExit());
            }
            NetEvent heard = events.await(Direction.RECEIVED);
            assertEquals("Hello server, from UDP client!", new String(heard.payload(), StandardCharsets.UTF_8));
            assertEquals("Got your message!", new String(events.await(Direction.SENT).payload(), StandardCharsets.US_ASCII));
        } finally {
            EngineRun.stop(listener, listening);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void ourSenderGetsTheSocketserverSeedsReply(String host) throws Exception {
        try (SeedProcess server = SeedProcess.start("udp_socketserver_reply.py", host, "0")) {
            int port = server.awaitReadyPort();
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, port, "Hello you there!".getBytes(StandardCharsets.UTF_8))
                    .withReplyTimeoutMillis(10_000), events);
            sender.run();
            assertEquals(1, sender.summary().replies());
            assertEquals("Got your message!", new String(events.await(Direction.RECEIVED).payload(), StandardCharsets.US_ASCII));
            assertEquals("It said: b'Hello you there!'", server.awaitLine("It said:"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void ourSenderGetsItsMessageBackFromTheEchoSeed(String host) throws Exception {
        try (SeedProcess server = SeedProcess.start("udp_echo_server.py", host, "0")) {
            int port = server.awaitReadyPort();
            UdpSender sender = new UdpSender(UdpSenderSettings.to(host, port, "echo me".getBytes(StandardCharsets.UTF_8))
                    .withCount(3).withReplyTimeoutMillis(10_000), events);
            sender.run();
            assertEquals(3, sender.summary().replies());
            events.events(Direction.RECEIVED).forEach(e -> assertEquals("echo me", new String(e.payload(), StandardCharsets.UTF_8)));
            assertEquals("Message from Client: echo me", server.awaitLine("Message from Client:"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void ourListenerHearsTheSendingSeed(String host) throws Exception {
        UdpListener listener = new UdpListener(UdpListenerSettings.on(host, 0), events);
        EngineRun listening = EngineRun.start("udp-listener-seed", listener);
        try {
            InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
            try (SeedProcess seed = SeedProcess.start("udp_send_hello.py", host, Integer.toString(at.getPort()))) {
                String sentFrom = seed.awaitLine("sent 16 bytes from ").substring("sent 16 bytes from ".length());
                NetEvent heard = events.await(Direction.RECEIVED);
                assertEquals("Hello you there!", new String(heard.payload(), StandardCharsets.UTF_8));
                assertEquals(Loopback.endpoint(host, Integer.parseInt(sentFrom)), heard.remote());
                assertEquals(0, seed.awaitExit());
            }
        } finally {
            EngineRun.stop(listener, listening);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void seedClientSaysServerNotRunningWhereOurListenerWas(String host) throws Exception {
        // The other half of Client1.py: after our listener stops, the seed sees the ICMP refusal too.
        UdpListener listener = new UdpListener(UdpListenerSettings.on(host, 0), EventSink.DISCARD);
        EngineRun listening = EngineRun.start("udp-listener-seed", listener);
        InetSocketAddress at = listener.bound().get(10, TimeUnit.SECONDS);
        EngineRun.stop(listener, listening);
        try (SeedProcess client = SeedProcess.start("udp_client1.py", host, Integer.toString(at.getPort()))) {
            assertEquals("[!] Server not running", client.awaitLine("[!]"));
            assertEquals(1, client.awaitExit());
        }
    }
}
