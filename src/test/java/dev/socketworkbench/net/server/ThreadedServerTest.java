package dev.socketworkbench.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.tcp.Await;
import dev.socketworkbench.net.tcp.EventRecorder;
import dev.socketworkbench.net.tcp.RunningEngine;
import dev.socketworkbench.net.tcp.TcpClient;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The threaded server on loopback: echo, limits, idle timeout, the registry, and a clean Stop. */
class ThreadedServerTest {

    private static Socket connect(InetSocketAddress server) throws IOException {
        Socket s = new Socket();
        s.connect(server, 20_000);
        s.setSoTimeout(20_000);
        return s;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        return line.toString();
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, PLATFORM", "127.0.0.1, VIRTUAL", "::1, PLATFORM", "::1, VIRTUAL"})
    void echoesForTcpClientUntilBye(String loopback, ThreadKind kind) throws Exception {
        EventRecorder serverEvents = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO)
                .withBindHost(loopback).withThreadKind(kind), serverEvents);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            int port = server.listening().get(20, TimeUnit.SECONDS).getPort();
            EventRecorder clientEvents = new EventRecorder();
            TcpClient client = new TcpClient(TcpClientSettings.tcp(loopback, port).withDisconnectAfterBye(true), clientEvents);
            RunningEngine clientRun = RunningEngine.start("client", client);
            client.connected().get(20, TimeUnit.SECONDS);
            client.send("This is from Client".getBytes(StandardCharsets.UTF_8));
            clientEvents.awaitReceivedBytes(19);
            assertEquals("This is from Client", new String(clientEvents.bytes(Direction.RECEIVED), StandardCharsets.UTF_8));

            // The client may read the echo a moment before the server's thread counts it.
            Await.until(() -> server.registry().snapshot().getFirst().bytesOut() == 19, "19 bytes out in the registry");
            ConnectionRow row = server.registry().snapshot().getFirst();
            assertEquals("server-conn-1", row.threadName());
            assertEquals(loopback.equals("::1") ? "::1" : "127.0.0.1", row.remoteAddress());
            assertEquals(19, row.bytesIn());
            assertEquals(ConnectionState.OPEN, row.state());
            assertEquals(1, server.registry().liveThreadCount());

            client.send("bye".getBytes(StandardCharsets.UTF_8));
            clientRun.awaitNormalEnd();
            serverEvents.awaitMessage(Direction.INFO, "closed: the server said its last word");
            Await.until(() -> server.registry().size() == 0, "the registry lets go of the finished connection");
            assertTrue(serverEvents.errors().isEmpty(), serverEvents.dump());
        }
    }

    /**
     * Stop with clients connected: each client reads end-of-stream, every connection thread has
     * ended by the time run() returns, and the registry is empty. For virtual threads, which
     * getAllStackTraces() cannot see, the JVM thread dump must list no server-conn-* thread and no
     * carrier thread may still be running a virtual thread.
     */
    @ParameterizedTest
    @EnumSource(ThreadKind.class)
    void stopClosesEveryClientAndLeavesNoThread(ThreadKind kind) throws Exception {
        long platformBefore = ThreadCensus.platformThreadsNamed("server-conn-");
        long dumpedBefore = ThreadCensus.dumpedThreadsNamed("server-conn-");
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO).withThreadKind(kind), events);
        RunningEngine running = RunningEngine.start("server", server);
        InetSocketAddress address = server.listening().get(20, TimeUnit.SECONDS);
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = connect(address);
                clients.add(s);
                s.getOutputStream().write(("hi " + i).getBytes(StandardCharsets.UTF_8));
                assertEquals("hi " + i, new String(s.getInputStream().readNBytes(("hi " + i).length()), StandardCharsets.UTF_8));
            }
            assertEquals(8, server.registry().size());
            assertEquals(8, server.registry().liveThreadCount());
            assertEquals(8, kind == ThreadKind.PLATFORM ? ThreadCensus.platformThreadsNamed("server-conn-") - platformBefore
                    : ThreadCensus.dumpedThreadsNamed("server-conn-") - dumpedBefore);

            server.close();
            running.awaitNormalEnd();

            for (Socket s : clients) {
                assertEquals(-1, s.getInputStream().read(), "the client reads end-of-stream");
            }
            assertEquals(0, server.registry().size());
            assertEquals(0, server.registry().liveThreadCount());
            assertEquals(0, server.aliveConnectionThreads());
            Await.until(() -> ThreadCensus.platformThreadsNamed("server-conn-") == platformBefore, "platform connection threads gone");
            Await.until(() -> ThreadCensus.dumpedThreadsNamed("server-conn-") == dumpedBefore, "no server-conn thread in the thread dump");
            Await.until(() -> ThreadCensus.busyCarriers() == 0, "no carrier thread still runs a virtual thread");
            events.awaitMessage(Direction.INFO, "Stopped; closed 8 open connections");
            assertEquals(8, events.matching(e -> e.message().contains("closed: the server is stopping")).size(), events.dump());
            assertTrue(events.errors().isEmpty(), events.dump());
        } finally {
            for (Socket s : clients) {
                s.close();
            }
        }
    }

    @Test
    void connectionsOverTheLimitAreToldWhyAndClosed() throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO).withMaxConnections(2), events);
        try (RunningEngine running = RunningEngine.start("server", server);
             Socket a = connect(server.listening().get(20, TimeUnit.SECONDS));
             Socket b = connect(server.listening().get(20, TimeUnit.SECONDS))) {
            InetSocketAddress address = server.listening().get(20, TimeUnit.SECONDS);
            for (Socket s : List.of(a, b)) { // both served: the server has registered them
                s.getOutputStream().write('x');
                assertEquals('x', s.getInputStream().read());
            }
            try (Socket third = connect(address)) {
                InputStream in = third.getInputStream();
                assertEquals("The server is full: it already has 2 connections, its limit; try again later.", readLine(in));
                assertEquals(-1, in.read());
            }
            events.awaitMessage(Direction.INFO, "Refused 127.0.0.1:");
            assertEquals(2, server.registry().size());
        }
    }

    @Test
    void idleTimeoutClosesASilentClientWithALogRow() throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO).withIdleTimeoutMillis(300), events);
        try (RunningEngine running = RunningEngine.start("server", server);
             Socket silent = connect(server.listening().get(20, TimeUnit.SECONDS))) {
            assertEquals(-1, silent.getInputStream().read(), "the server closes the silent connection");
            events.awaitMessage(Direction.INFO, "it sent nothing for 300 ms (idle timeout)");
            Await.until(() -> server.registry().size() == 0, "registry empty after the idle timeout");
        }
    }

    @Test
    void disconnectFromTheRegistryClosesThatClientOnly() throws Exception {
        EventRecorder events = new EventRecorder();
        List<String> seen = new CopyOnWriteArrayList<>();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO)
                .withThreadKind(ThreadKind.VIRTUAL), events);
        server.registry().addListener(new ConnectionRegistry.Listener() {
            @Override
            public void opened(ConnectionRow row) {
                seen.add("opened " + row.id());
            }

            @Override
            public void closed(ConnectionRow row) {
                seen.add("closed " + row.id());
            }
        });
        try (RunningEngine running = RunningEngine.start("server", server);
             Socket first = connect(server.listening().get(20, TimeUnit.SECONDS));
             Socket second = connect(server.listening().get(20, TimeUnit.SECONDS))) {
            for (Socket s : List.of(first, second)) {
                s.getOutputStream().write('x');
                assertEquals('x', s.getInputStream().read());
            }
            long version = server.registry().version();
            assertTrue(server.registry().disconnect(1));
            assertEquals(-1, first.getInputStream().read());
            events.awaitMessage(Direction.INFO, "closed: disconnected from the connections table");
            Await.until(() -> server.registry().size() == 1, "one connection left");
            assertTrue(server.registry().version() > version);
            assertEquals(2, server.registry().snapshot().getFirst().id());
            second.getOutputStream().write('y');
            assertEquals('y', second.getInputStream().read(), "the other client is still served");
            assertEquals(List.of("opened 1", "opened 2", "closed 1"), seen);
            assertTrue(!server.registry().disconnect(1));
        }
    }

    @Test
    void greetingProtocolGreetsAndCloses() throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.GREETING), events);
        try (RunningEngine running = RunningEngine.start("server", server);
             Socket s = connect(server.listening().get(20, TimeUnit.SECONDS))) {
            assertEquals("Thank you for connecting\r\n", new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void portInUseIsOneSentence() throws Exception {
        ThreadedServer first = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO), new EventRecorder());
        try (RunningEngine running = RunningEngine.start("first", first)) {
            int port = first.listening().get(20, TimeUnit.SECONDS).getPort();
            EventRecorder events = new EventRecorder();
            EngineException e = RunningEngine.start("second",
                    new ThreadedServer(ThreadedServerSettings.of(port, ServerProtocol.ECHO), events)).awaitFailure();
            assertEquals("Port " + port + " is already in use on 127.0.0.1:" + port
                    + ": another program (or another tab) is bound to it; stop it or pick another port.", e.getMessage());
            assertTrue(e.isBadInput(), "a port in use is the user's choice of port, as for UDP");
        }
    }
}
