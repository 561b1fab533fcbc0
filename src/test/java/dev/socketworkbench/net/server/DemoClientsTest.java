package dev.socketworkbench.net.server;

import dev.socketworkbench.net.input.InvalidInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.tcp.Await;
import dev.socketworkbench.net.tcp.EventRecorder;
import dev.socketworkbench.net.tcp.RunningEngine;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo-clients launcher against the threaded server, and cancelling it. */
class DemoClientsTest {

    @ParameterizedTest
    @EnumSource(ServerProtocol.class)
    void hundredClientsOfEachProtocolSucceed(ServerProtocol protocol) throws Exception {
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, protocol).withThreadKind(ThreadKind.VIRTUAL),
                new EventRecorder());
        try (RunningEngine running = RunningEngine.start("server", server)) {
            int port = server.listening().get(20, TimeUnit.SECONDS).getPort();
            EventRecorder events = new EventRecorder();
            DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", port, protocol, 100), events);
            RunningEngine.start("demo", demo).awaitNormalEnd();
            assertEquals(100, demo.succeeded(), events.dump());
            events.awaitMessage(Direction.INFO, "All 100 clients done: 100 succeeded, 0 failed");
            assertTrue(events.errors().isEmpty(), events.dump());
            Await.until(() -> ThreadCensus.platformThreadsNamed("demo-client-") == 0, "the demo pool is shut down");
        }
    }

    /** Held clients are all connected at once (the table a class watches fills up), and Stop ends the hold at once. */
    @Test
    void heldClientsAreConnectedTogetherAndStopEndsTheHold() throws Exception {
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO), new EventRecorder());
        try (RunningEngine running = RunningEngine.start("server", server)) {
            int port = server.listening().get(20, TimeUnit.SECONDS).getPort();
            EventRecorder events = new EventRecorder();
            DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", port, ServerProtocol.ECHO, 20)
                    .withHoldMillis(DemoClientsSettings.MAX_HOLD_MILLIS), events);
            RunningEngine demoRun = RunningEngine.start("demo", demo);
            Await.until(() -> server.registry().size() == 20, "all 20 held clients connected at the same time");
            demo.close();
            demoRun.awaitNormalEnd();
            Await.until(() -> server.registry().size() == 0, "the held clients closed when the demo was stopped");
            Await.until(() -> ThreadCensus.platformThreadsNamed("demo-client-") == 0, "the demo pool is shut down");
            assertEquals(0, demo.succeeded());
        }
    }

    @Test
    void aHoldOutsideItsRangeIsOneSentence() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> DemoClientsSettings.of("127.0.0.1", 5000, ServerProtocol.ECHO, 1).withHoldMillis(-1).validate());
        assertEquals("The time each client stays connected must be 0 to 60000 ms, not -1.", e.getMessage());
    }

    /** A listener that never answers: every client waits for a reply until the demo is cancelled. */
    @Test
    void cancelClosesEveryClientAndShutsThePoolDown() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1000, InetAddress.getByName("127.0.0.1"))) {
            EventRecorder events = new EventRecorder();
            DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", silent.getLocalPort(), ServerProtocol.GREETING, 1000)
                    .withConcurrency(20).withTimeoutMillis(60_000), events);
            RunningEngine running = RunningEngine.start("demo", demo);
            Await.until(() -> ThreadCensus.platformThreadsNamed("demo-client-") == 20, "20 clients waiting");
            demo.close();
            running.awaitNormalEnd();
            // run() waited for the pool to terminate; the threads leave the JVM's list a moment later.
            Await.until(() -> ThreadCensus.platformThreadsNamed("demo-client-") == 0, "the demo pool's threads are gone");
            events.awaitMessage(Direction.INFO, "Cancelled: 0 succeeded, 0 failed, 1000 did not finish");
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void refusedClientsAreCountedAsFailedWithTheSentence() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        EventRecorder events = new EventRecorder();
        DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", port, ServerProtocol.ECHO, 3), events);
        RunningEngine.start("demo", demo).awaitNormalEnd();
        assertEquals(3, demo.failed());
        assertEquals(3, events.errors().size());
        assertTrue(events.errors().getFirst().message().matches("client-\\d failed: Nothing is listening on 127.0.0.1:" + port
                + " \\(connection refused\\); start a server there first."), events.errors().getFirst().message());
    }

    @Test
    void tooManyClientsIsBadInput() {
        EngineException e = RunningEngine.start("demo", new DemoClients(
                DemoClientsSettings.of("127.0.0.1", 5000, ServerProtocol.ECHO, 1001), new EventRecorder())).awaitFailure();
        assertTrue(e.isBadInput());
        assertEquals("The number of clients must be 1 to 1000, not 1001.", e.getMessage());
    }
}
