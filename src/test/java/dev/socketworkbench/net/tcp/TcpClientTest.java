package dev.socketworkbench.net.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TcpClient against real peers on 127.0.0.1, ::1 and a Unix socket in a temp dir. */
class TcpClientTest {
    private static final byte[] HELLO = "Hello from client!".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private ScriptedPeer peer(String where) throws IOException {
        return where.equals("unix") ? ScriptedPeer.unix(dir.resolve("peer.sock")) : ScriptedPeer.tcp(where, 50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "unix"})
    void sendsAndReceivesOverEveryTransport(String where) throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer(where)) {
            TcpClient client = new TcpClient(peer.clientSettings().withTcpNoDelay(true), events);
            try (RunningEngine running = RunningEngine.start("client", client);
                 SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                NetEvent connected = events.awaitMessage(Direction.INFO, "Connected to");
                assertTrue(connected.message().startsWith("Connected to " + (where.equals("unix") ? "unix:" : "")),
                        connected.message());

                assertTrue(client.send(LineEnding.CRLF.apply(HELLO)));
                ByteBuffer in = ByteBuffer.allocate(HELLO.length + 2);
                while (in.hasRemaining()) {
                    server.read(in);
                }
                assertArrayEquals(LineEnding.CRLF.apply(HELLO), in.array());
                ScriptedPeer.writeAll(server, "Rxd data, thanks!.".getBytes(StandardCharsets.UTF_8));

                events.awaitReceivedBytes(18);
                assertEquals("Rxd data, thanks!.", new String(events.bytes(Direction.RECEIVED), StandardCharsets.UTF_8));
                assertEquals(HELLO.length + 2, events.matching(e -> e.direction() == Direction.SENT).getFirst().byteCount());
            }
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void aLargeSendArrivesWholeWhileItsLogRowKeepsOnlyTheStartAndTheFullCount() throws Exception {
        EventRecorder events = new EventRecorder();
        byte[] big = new byte[1 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >>> 8));
        }
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            RunningEngine running = RunningEngine.start("client", client);
            try (SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                CompletableFuture<byte[]> arrived = CompletableFuture.supplyAsync(() -> {
                    try {
                        return ScriptedPeer.readToEnd(server);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                assertTrue(client.send(big));
                client.shutdownOutput();
                assertArrayEquals(big, arrived.get(20, TimeUnit.SECONDS), "every byte went, not just the logged part");
            }
            client.close();
            running.awaitNormalEnd();
            NetEvent sent = events.matching(e -> e.direction() == Direction.SENT).getFirst();
            assertEquals(big.length, sent.byteCount());
            assertArrayEquals(Arrays.copyOf(big, NetEvent.KEPT_PAYLOAD_BYTES), sent.payload());
            assertEquals("the log keeps the first 64 KiB of the 1,048,576 bytes", sent.message());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "unix"})
    void halfCloseStillReceivesWhatTheServerSendsAfterwards(String where) throws Exception {
        EventRecorder events = new EventRecorder();
        byte[] rest = new byte[200_000];
        Arrays.fill(rest, (byte) 'r');
        try (ScriptedPeer peer = peer(where)) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            RunningEngine running = RunningEngine.start("client", client);
            try (SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                client.send("part1 ".getBytes(StandardCharsets.UTF_8));
                client.send("part2".getBytes(StandardCharsets.UTF_8));
                client.shutdownOutput();
                // The server sees end-of-stream only because of the half-close, then answers at length.
                assertEquals("part1 part2", new String(ScriptedPeer.readToEnd(server), StandardCharsets.UTF_8));
                ScriptedPeer.writeAll(server, rest);
            }
            running.awaitNormalEnd();
            assertArrayEquals(rest, events.bytes(Direction.RECEIVED));
            events.awaitMessage(Direction.INFO, "Half-closed");
            events.awaitMessage(Direction.INFO, "Peer closed the connection");
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void sendAfterHalfCloseIsRefusedInOneSentence() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            try (RunningEngine running = RunningEngine.start("client", client);
                 SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                client.shutdownOutput();
                assertFalse(client.canSend());
                assertFalse(client.send(HELLO));
                assertTrue(events.errors().getFirst().message().contains("already half-closed"), events.dump());
            }
        }
    }

    @Test
    void sendBeforeConnectingIsAnErrorEventNotAnException() {
        EventRecorder events = new EventRecorder();
        TcpClient client = new TcpClient(TcpClientSettings.tcp("127.0.0.1", 9), events);
        assertFalse(client.send(HELLO));
        assertEquals("Not connected: connect first, then send.", events.errors().getFirst().message());
    }

    @Test
    void disconnectsAfterSendingByeLikeTheSeedClient() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings().withDisconnectAfterBye(true), events);
            RunningEngine running = RunningEngine.start("client", client);
            try (SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                assertTrue(client.send("hello".getBytes(StandardCharsets.UTF_8)));
                assertTrue(client.send(LineEnding.LF.apply("bye".getBytes(StandardCharsets.UTF_8))));
                running.awaitNormalEnd();
                assertEquals("hellobye\n", new String(ScriptedPeer.readToEnd(server), StandardCharsets.UTF_8));
            }
            events.awaitMessage(Direction.INFO, "Sent \"bye\"");
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void withoutTheOptionByeIsJustText() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            try (RunningEngine running = RunningEngine.start("client", client);
                 SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                assertTrue(client.send("bye".getBytes(StandardCharsets.UTF_8)));
                assertTrue(client.canSend());
                assertFalse(running.isDone());
            }
        }
    }

    @Test
    void disconnectEndsTheRunNormallyAndTheServerSeesEndOfStream() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer("::1")) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            RunningEngine running = RunningEngine.start("client", client);
            try (SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                client.disconnect();
                running.awaitNormalEnd();
                assertEquals(0, ScriptedPeer.readToEnd(server).length);
            }
            events.awaitMessage(Direction.INFO, "Disconnected by the user");
        }
    }

    @Test
    void eachReadIsOneEventWhateverTheSendsWere() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings().withReadBufferBytes(10), events);
            RunningEngine running = RunningEngine.start("client", client);
            try (SocketChannel server = peer.accept()) {
                ScriptedPeer.writeAll(server, "0123456789abcdefghijklmnopqrstuvwxy".getBytes(StandardCharsets.US_ASCII));
            }
            running.awaitNormalEnd();
            List<NetEvent> reads = events.matching(e -> e.direction() == Direction.RECEIVED);
            // One 35-byte send, at least four reads of at most 10 bytes: the stream has no message boundaries.
            assertTrue(reads.size() >= 4, events.dump());
            assertTrue(reads.stream().allMatch(e -> e.byteCount() <= 10 && e.message().isEmpty()));
            assertEquals("0123456789abcdefghijklmnopqrstuvwxy", new String(events.bytes(Direction.RECEIVED), StandardCharsets.US_ASCII));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void refusedConnectionIsOneSentence(String loopback) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName(loopback))) {
            port = probe.getLocalPort(); // closed again: nothing listens there now
        }
        EventRecorder events = new EventRecorder();
        EngineException e = RunningEngine.start("client", new TcpClient(TcpClientSettings.tcp(loopback, port), events)).awaitFailure();
        String where = loopback.contains(":") ? "[::1]:" + port : "127.0.0.1:" + port;
        assertEquals("Nothing is listening on " + where + " (connection refused); start a server there first.", e.getMessage());
        assertFalse(e.isBadInput());
        assertEquals(List.of(e.getMessage()), events.errors().stream().map(NetEvent::message).toList());
    }

    @Test
    void missingUnixSocketFileIsOneSentence() {
        EventRecorder events = new EventRecorder();
        Path missing = dir.resolve("nobody-here.sock");
        EngineException e = RunningEngine.start("client", new TcpClient(TcpClientSettings.unix(missing), events)).awaitFailure();
        assertEquals("There is no socket file at unix:" + missing + "; start the server first or check the path.", e.getMessage());
    }

    @Test
    void staleUnixSocketFileIsRefused() throws Exception {
        Path stale = dir.resolve("stale.sock");
        ScriptedPeer.unix(stale).close();
        Files.createFile(stale); // what a crashed server leaves behind: a path, nobody listening
        EventRecorder events = new EventRecorder();
        EngineException e = RunningEngine.start("client", new TcpClient(TcpClientSettings.unix(stale), events)).awaitFailure();
        assertEquals("Nothing is listening on unix:" + stale + " (connection refused); start a server there first.", e.getMessage());
    }

    /**
     * A listener with backlog 1 that never accepts: once its accept queue is full, Linux drops new
     * SYNs, so a connect on loopback can only time out. No packet leaves the machine.
     */
    @Test
    void connectTimeoutOnAFullBacklogIsOneSentence() throws Exception {
        try (ScriptedPeer peer = ScriptedPeer.tcp("127.0.0.1", 1); BacklogFiller filler = new BacklogFiller(peer.port())) {
            assumeTrue(filler.fill(), "the kernel kept accepting connects into a full backlog, so nothing can time out here");
            EventRecorder events = new EventRecorder();
            TcpClientSettings settings = peer.clientSettings().withConnectTimeoutMillis(300);
            EngineException e = RunningEngine.start("client", new TcpClient(settings, events)).awaitFailure();
            assertEquals("Connecting to 127.0.0.1:" + peer.port() + " timed out after 300 ms: the server may be too busy to accept"
                    + " (its backlog is full) or a firewall drops the packets; check the address or raise the timeout.", e.getMessage());
            assertTrue(e.getCause() instanceof SocketTimeoutException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void closeWhileConnectingReturnsAtOnceWithoutAnError() throws Exception {
        try (ScriptedPeer peer = ScriptedPeer.tcp("127.0.0.1", 1); BacklogFiller filler = new BacklogFiller(peer.port())) {
            assumeTrue(filler.fill(), "the kernel kept accepting connects into a full backlog");
            EventRecorder events = new EventRecorder();
            TcpClient client = new TcpClient(peer.clientSettings().withConnectTimeoutMillis(60_000), events);
            RunningEngine running = RunningEngine.start("client", client);
            events.awaitMessage(Direction.INFO, "Connecting to");
            client.close();
            running.awaitNormalEnd();
            assertTrue(events.errors().isEmpty(), events.dump());
            assertTrue(client.connected().isCompletedExceptionally());
        }
    }

    @Test
    void resetMidStreamIsOneSentence() throws Exception {
        EventRecorder events = new EventRecorder();
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            RunningEngine running = RunningEngine.start("client", client);
            String serverEnd;
            try (SocketChannel server = peer.accept()) {
                serverEnd = "127.0.0.1:" + peer.port();
                ScriptedPeer.writeAll(server, "part of an answer".getBytes(StandardCharsets.UTF_8));
                events.awaitReceivedBytes(17);
                server.setOption(StandardSocketOptions.SO_LINGER, 0); // close() now sends RST, not FIN
            }
            EngineException e = running.awaitFailure();
            assertEquals("The peer at " + serverEnd + " reset the connection.", e.getMessage());
            assertEquals(1, events.errors().size(), events.dump());
        }
    }

    /**
     * The server half-closes while a large send is still blocked on the full socket buffers: the
     * client reads end-of-stream, ends the connection, and the send reports what happened.
     */
    @Test
    void peerClosingWhileWeSendIsOneSentence() throws Exception {
        EventRecorder events = new EventRecorder();
        byte[] big = new byte[64 << 20]; // far more than loopback's socket buffers hold, so send() blocks
        try (ScriptedPeer peer = peer("127.0.0.1")) {
            TcpClient client = new TcpClient(peer.clientSettings(), events);
            RunningEngine running = RunningEngine.start("client", client);
            try (SocketChannel server = peer.accept()) {
                client.connected().get(20, TimeUnit.SECONDS);
                CompletableFuture<Boolean> sending = CompletableFuture.supplyAsync(() -> client.send(big),
                        r -> Thread.ofPlatform().name("test-sender").start(r));
                server.read(ByteBuffer.allocate(1)); // the send has begun
                server.shutdownOutput();
                assertFalse(sending.get(20, TimeUnit.SECONDS));
                running.awaitNormalEnd();
            }
            events.awaitMessage(Direction.INFO, "Peer closed the connection");
            assertEquals(List.of("The peer at 127.0.0.1:" + peer.port()
                            + " closed the connection while we were sending; the rest of the data was not delivered."),
                    events.errors().stream().map(NetEvent::message).toList());
        }
    }

    @Test
    void badSettingsAreBadInput() {
        EventRecorder events = new EventRecorder();
        EngineException e = RunningEngine.start("client", new TcpClient(TcpClientSettings.tcp("127.0.0.1", 70000), events)).awaitFailure();
        assertTrue(e.isBadInput());
        assertEquals("The port 70000 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.", e.getMessage());
        assertEquals(1, events.errors().size());
    }

    /** Connects plain sockets to a backlog-1 listener until one of them times out (at most 8). */
    static final class BacklogFiller implements AutoCloseable {
        private final int port;
        private final List<SocketChannel> pending = new ArrayList<>();

        BacklogFiller(int port) {
            this.port = port;
        }

        boolean fill() throws IOException {
            for (int i = 0; i < 8; i++) {
                SocketChannel c = SocketChannel.open();
                try {
                    c.socket().connect(new InetSocketAddress("127.0.0.1", port), 300);
                    pending.add(c);
                } catch (SocketTimeoutException e) {
                    c.close();
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            for (SocketChannel c : pending) {
                c.close();
            }
        }
    }
}
