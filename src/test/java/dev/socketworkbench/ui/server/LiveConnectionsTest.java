package dev.socketworkbench.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.server.ConnectionRow;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadedServer;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import dev.socketworkbench.net.tcp.Await;
import dev.socketworkbench.net.tcp.EventRecorder;
import dev.socketworkbench.net.tcp.RunningEngine;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The table's rows and the figures, polled from a real threaded server on 127.0.0.1 (no window:
 * the rows are a plain observable list). Time is passed in, so closed rows expire without waiting.
 */
class LiveConnectionsTest {
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(LiveConnections.CLOSED_ROW_MILLIS);

    private final AtomicInteger jvmThreads = new AtomicInteger(42);
    private final LiveConnections live = new LiveConnections(jvmThreads::get);
    private final List<Socket> clients = new ArrayList<>();
    private ThreadedServer server;
    private RunningEngine running;
    private InetSocketAddress address;

    @BeforeEach
    void startServer() throws Exception {
        server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO), new EventRecorder());
        running = RunningEngine.start("live-connections", server);
        address = server.listening().get(20, TimeUnit.SECONDS);
        live.watch(server.registry());
    }

    @AfterEach
    void stopServer() throws Exception {
        for (Socket s : clients) {
            s.close();
        }
        running.close();
    }

    /** A client that has been served once, so its connection is open with 1 byte each way. */
    private Socket servedClient() throws Exception {
        Socket s = new Socket();
        clients.add(s);
        s.connect(address, 10_000);
        s.setSoTimeout(10_000);
        s.getOutputStream().write('x');
        assertEquals('x', s.getInputStream().read());
        int port = s.getLocalPort();
        // The server counts the reply after writing it, so the client may read it first.
        Await.until(() -> server.registry().snapshot().stream()
                .anyMatch(r -> r.remotePort() == port && r.bytesOut() == 1), "the server counted the reply");
        return s;
    }

    private List<Long> ids() {
        return live.rows().stream().map(ShownConnection::id).toList();
    }

    @Test
    void pollShowsEveryOpenConnectionAndTheFigures() throws Exception {
        assertFalse(live.poll(0) && !live.rows().isEmpty());
        assertEquals(42, live.jvmThreadsProperty().get());
        Socket first = servedClient();
        Socket second = servedClient();

        assertTrue(live.poll(1));
        assertEquals(List.of(1L, 2L), ids());
        ConnectionRow row = live.rows().getFirst().row();
        assertEquals("127.0.0.1", row.remoteAddress());
        assertEquals(first.getLocalPort(), row.remotePort());
        assertEquals("server-conn-1", row.threadName());
        assertEquals(1, row.bytesIn());
        assertEquals(1, row.bytesOut());
        assertEquals("open", live.rows().getFirst().state());
        assertEquals(second.getLocalPort(), live.rows().get(1).row().remotePort());
        assertEquals(2, live.openProperty().get());
        assertEquals(2, live.liveThreadsProperty().get());

        assertFalse(live.poll(2), "nothing changed, so no new snapshot");
        jvmThreads.set(50);
        live.poll(3);
        assertEquals(50, live.jvmThreadsProperty().get(), "the JVM figure is read on every poll");
    }

    @Test
    void aChangedConnectionIsUpdatedInPlaceWithoutAListChange() throws Exception {
        servedClient();
        Socket second = servedClient();
        servedClient();
        live.poll(0);
        List<ShownConnection> before = List.copyOf(live.rows());
        List<String> changes = new ArrayList<>();
        ListChangeListener<ShownConnection> recorder = c -> {
            while (c.next()) {
                changes.add((c.wasAdded() ? "added " : "removed ") + c.getFrom());
            }
        };
        live.rows().addListener(recorder);
        List<Number> secondBytesOut = new ArrayList<>();
        before.get(1).bytesOutProperty().addListener((o, was, now) -> secondBytesOut.add(now));

        second.getOutputStream().write("yz".getBytes());
        assertEquals("yz", new String(second.getInputStream().readNBytes(2)));
        Await.until(() -> server.registry().row(2).orElseThrow().bytesOut() == 3, "the server counted the second reply");
        assertTrue(live.poll(1));
        assertEquals(List.of(), changes, "the list itself did not change, so a selection stays");
        for (int i = 0; i < 3; i++) {
            assertSame(before.get(i), live.rows().get(i), "the same row object for connection " + (i + 1));
        }
        assertEquals(List.of(3L), secondBytesOut);
        assertEquals(3, live.rows().get(1).bytesInProperty().get());

        Socket fourth = servedClient();
        assertTrue(live.poll(2));
        assertEquals(List.of("added 3"), changes);
        assertEquals(fourth.getLocalPort(), live.rows().get(3).remotePort());
    }

    @Test
    void aClosedConnectionStaysGreyedForAMomentThenGoes() throws Exception {
        Socket first = servedClient();
        servedClient();
        live.poll(0);
        first.getOutputStream().write("bye".getBytes());
        assertEquals(-1, first.getInputStream().read(), "the echo server closes after bye");
        Await.until(() -> server.registry().size() == 1, "the first connection left the registry");

        long closedAt = 1_000;
        assertTrue(live.poll(closedAt));
        assertEquals(List.of(1L, 2L), ids());
        ShownConnection closed = live.rows().getFirst();
        assertTrue(closed.closed());
        assertEquals("closed", closed.state());
        assertEquals(4, closed.row().bytesIn(), "the last row keeps the totals: x and bye");
        assertFalse(live.rows().get(1).closed());
        assertEquals(1, live.openProperty().get(), "the figure counts open connections only");

        assertFalse(live.poll(closedAt + LINGER_NANOS - 1));
        assertEquals(2, live.rows().size(), "still shown just before its time is up");
        assertTrue(live.poll(closedAt + LINGER_NANOS));
        assertEquals(List.of(2L), ids());
    }

    @Test
    void aConnectionThatOpensAndClosesBetweenTwoPollsIsStillShown() throws Exception {
        live.poll(0);
        try (Socket quick = new Socket()) {
            quick.connect(address, 10_000);
            quick.getOutputStream().write("bye".getBytes());
            quick.setSoTimeout(10_000);
            assertEquals(-1, quick.getInputStream().read());
        }
        Await.until(() -> server.registry().size() == 0 && server.registry().liveThreadCount() == 0, "the connection ended");
        assertTrue(live.poll(1));
        assertEquals(1, live.rows().size());
        assertTrue(live.rows().getFirst().closed());
        assertEquals("server-conn-1", live.rows().getFirst().row().threadName());
        assertEquals(0, live.openProperty().get());
        assertEquals(0, live.liveThreadsProperty().get());
        live.poll(1 + LINGER_NANOS);
        assertTrue(live.rows().isEmpty());
    }

    @Test
    void afterWatchingNothingTheOldServerIsIgnored() throws Exception {
        Socket first = servedClient();
        live.poll(0);
        live.watch(null);
        first.close();
        Await.until(() -> server.registry().size() == 0, "the connection ended");
        live.poll(1);
        assertEquals(List.of(), ids(), "no registry: no live rows, and the old one's close was not heard");
        assertEquals(0, live.openProperty().get());
        assertEquals(0, live.liveThreadsProperty().get());
    }
}
