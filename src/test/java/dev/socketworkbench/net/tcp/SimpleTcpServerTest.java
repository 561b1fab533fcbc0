package dev.socketworkbench.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's one-at-a-time server, with TcpClient as its client, on 127.0.0.1, ::1 and a Unix socket. */
class SimpleTcpServerTest {
    private static final String GREETING = "Thank you for connecting\r\n";

    @TempDir
    Path dir;

    private SimpleTcpServerSettings settings(String where) {
        return where.equals("unix") ? SimpleTcpServerSettings.unix(dir.resolve("server.sock"))
                : SimpleTcpServerSettings.tcp(0).withBindHost(where);
    }

    private static TcpClientSettings clientOf(SocketAddress bound) {
        if (bound instanceof InetSocketAddress inet) {
            return TcpClientSettings.tcp(inet.getAddress().getHostAddress(), inet.getPort());
        }
        return TcpClientSettings.unix(Path.of(bound.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "unix"})
    void greetsEachClientThenClosesAndStopsAfterTheCount(String where) throws Exception {
        EventRecorder serverEvents = new EventRecorder();
        SimpleTcpServer server = new SimpleTcpServer(settings(where).withMaxConnections(2), serverEvents);
        RunningEngine running = RunningEngine.start("server", server);
        SocketAddress bound = server.listening().get(20, TimeUnit.SECONDS);
        for (int i = 0; i < 2; i++) {
            EventRecorder clientEvents = new EventRecorder();
            RunningEngine.start("client", new TcpClient(clientOf(bound), clientEvents)).awaitNormalEnd();
            assertEquals(GREETING, new String(clientEvents.bytes(Direction.RECEIVED), StandardCharsets.UTF_8));
            clientEvents.awaitMessage(Direction.INFO, "Peer closed the connection");
        }
        running.awaitNormalEnd();
        serverEvents.awaitMessage(Direction.INFO, "Served 2 connections");
        assertEquals(2, serverEvents.matching(e -> e.direction() == Direction.SENT && e.message().equals("greeting")).size(),
                "each SENT row is noted as the greeting");
        assertTrue(serverEvents.errors().isEmpty(), serverEvents.dump());
        if (where.equals("unix")) {
            assertFalse(Files.exists(dir.resolve("server.sock")), "the socket file is deleted on stop");
        }
    }

    /** Client A connects first and says nothing; B sends at once, yet is read only after A is served. */
    @Test
    void servesOneConnectionAtATimeInAcceptOrder() throws Exception {
        EventRecorder serverEvents = new EventRecorder();
        SimpleTcpServer server = new SimpleTcpServer(settings("127.0.0.1").withReadMessageFirst(true, 20_000)
                .withGreeting("Rxd data, thanks!."), serverEvents);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            TcpClientSettings client = clientOf(server.listening().get(20, TimeUnit.SECONDS));
            EventRecorder aEvents = new EventRecorder();
            EventRecorder bEvents = new EventRecorder();
            TcpClient a = new TcpClient(client, aEvents);
            RunningEngine aRun = RunningEngine.start("a", a);
            a.connected().get(20, TimeUnit.SECONDS);
            serverEvents.awaitMessage(Direction.INFO, "Got a connection");
            TcpClient b = new TcpClient(client, bEvents);
            RunningEngine bRun = RunningEngine.start("b", b);
            b.connected().get(20, TimeUnit.SECONDS); // completed by the kernel; it waits in the backlog
            b.send("from B".getBytes(StandardCharsets.UTF_8));
            a.send("from A".getBytes(StandardCharsets.UTF_8));
            aRun.awaitNormalEnd();
            bRun.awaitNormalEnd();
            List<String> received = serverEvents.matching(e -> e.direction() == Direction.RECEIVED).stream()
                    .map(e -> new String(e.payload(), StandardCharsets.UTF_8)).toList();
            assertEquals(List.of("from A", "from B"), received);
            assertEquals("Rxd data, thanks!.", new String(bEvents.bytes(Direction.RECEIVED), StandardCharsets.UTF_8));
        }
    }

    @Test
    void greetsAnywayWhenTheClientSaysNothingInTime() throws Exception {
        EventRecorder serverEvents = new EventRecorder();
        SimpleTcpServer server = new SimpleTcpServer(settings("unix").withReadMessageFirst(true, 200), serverEvents);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            EventRecorder clientEvents = new EventRecorder();
            RunningEngine.start("client", new TcpClient(clientOf(server.listening().get(20, TimeUnit.SECONDS)), clientEvents))
                    .awaitNormalEnd();
            assertEquals(GREETING, new String(clientEvents.bytes(Direction.RECEIVED), StandardCharsets.UTF_8));
            serverEvents.awaitMessage(Direction.INFO, "No message from a client within 200 ms; greeting anyway");
        }
    }

    @Test
    void stopWhileWaitingForAMessageEndsAtOnceWithoutErrors() throws Exception {
        EventRecorder serverEvents = new EventRecorder();
        SimpleTcpServer server = new SimpleTcpServer(settings("127.0.0.1").withReadMessageFirst(true, 60_000), serverEvents);
        RunningEngine running = RunningEngine.start("server", server);
        TcpClient client = new TcpClient(clientOf(server.listening().get(20, TimeUnit.SECONDS)), new EventRecorder());
        RunningEngine clientRun = RunningEngine.start("client", client);
        serverEvents.awaitMessage(Direction.INFO, "Got a connection");
        server.close();
        running.awaitNormalEnd();
        clientRun.awaitNormalEnd(); // the client sees the server close
        assertTrue(serverEvents.errors().isEmpty(), serverEvents.dump());
    }

    @Test
    void portInUseIsOneSentence() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            EventRecorder events = new EventRecorder();
            SimpleTcpServerSettings s = SimpleTcpServerSettings.tcp(taken.getLocalPort());
            EngineException e = RunningEngine.start("server", new SimpleTcpServer(s, events)).awaitFailure();
            assertEquals("Port " + taken.getLocalPort() + " is already in use on 127.0.0.1:" + taken.getLocalPort()
                    + ": another program (or another tab) is bound to it; stop it or pick another port.", e.getMessage());
            assertTrue(e.isBadInput(), "a port in use is the user's choice of port, as for UDP");
        }
    }

    @Test
    void existingUnixPathIsLeftAloneAndExplained() throws Exception {
        Path path = Files.writeString(dir.resolve("server.sock"), "not mine to delete");
        EventRecorder events = new EventRecorder();
        EngineException e = RunningEngine.start("server", new SimpleTcpServer(settings("unix"), events)).awaitFailure();
        assertEquals("The socket path " + path + " already exists; delete it or choose another path.", e.getMessage());
        assertEquals("not mine to delete", Files.readString(path));
        assertEquals(List.of(e.getMessage()), events.errors().stream().map(NetEvent::message).toList());
    }

    @Test
    void missingDirectoryIsExplained() {
        Path path = dir.resolve("no-such-dir").resolve("server.sock");
        EngineException e = RunningEngine.start("server", new SimpleTcpServer(SimpleTcpServerSettings.unix(path),
                new EventRecorder())).awaitFailure();
        assertEquals("The directory " + path.getParent() + " does not exist; create it or choose a path in an existing directory.",
                e.getMessage());
    }

    /**
     * A directory this user cannot write: a read-only temp dir, or, when the tests run as root (who
     * ignores permission bits), /sys, where the kernel lets nobody create files.
     */
    @Test
    void unwritableDirectoryIsExplained() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path where = readOnly;
        if (Files.isWritable(readOnly)) {
            where = Path.of("/sys");
            assumeTrue(Files.isDirectory(where), "running as root and there is no /sys to try instead");
        }
        Path path = where.resolve("server.sock");
        EngineException e = RunningEngine.start("server", new SimpleTcpServer(SimpleTcpServerSettings.unix(path),
                new EventRecorder())).awaitFailure();
        assertEquals("Cannot create the socket file " + path + ": the directory " + where
                + " is not writable for this user; choose a path in a directory you own, such as /tmp.", e.getMessage());
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void closeBeforeRunMakesRunReturnAtOnce() throws IOException {
        EventRecorder events = new EventRecorder();
        SimpleTcpServer server = new SimpleTcpServer(settings("unix"), events);
        server.close();
        RunningEngine.start("server", server).awaitNormalEnd();
        assertTrue(server.listening().isCompletedExceptionally());
        assertFalse(Files.exists(dir.resolve("server.sock")));
    }
}
