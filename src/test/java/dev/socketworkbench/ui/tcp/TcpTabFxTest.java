package dev.socketworkbench.ui.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadedServer;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.MainWindow;
import dev.socketworkbench.ui.common.ActionButtons;
import dev.socketworkbench.ui.common.CutTexts;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The TCP tab in a headless window, driven through its controls against real sockets on loopback:
 * the client against the threaded echo server, a refused connect, the simple server greeting a plain
 * socket, a Unix-domain round trip, and no thread left after Disconnect and Stop.
 */
class TcpTabFxTest extends ApplicationTest {
    /** Generous: the build machine may be busy with other builds. */
    private static final long TIMEOUT_SECONDS = 30;
    private static final String CLIENT_THREADS = "tcp-client-";
    private static final String SERVER_THREADS = "tcp-server-";

    @TempDir
    Path tempDir;

    private EngineRunner engines;
    private TcpTab tab;
    private long clientThreadsBefore;
    private long serverThreadsBefore;

    @Override
    public void start(Stage stage) {
        engines = new EngineRunner();
        tab = new TcpTab(new TabContext(engines, new StatusLine(), Workspace.defaults()));
        tab.remember(new FieldMemory(Map.of()));
        Scene scene = new Scene((javafx.scene.Parent) tab.content(), 1250, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void countThreads() {
        clientThreadsBefore = liveThreads(CLIENT_THREADS);
        serverThreadsBefore = liveThreads(SERVER_THREADS);
    }

    @AfterEach
    void nothingIsLeftRunning() throws Exception {
        fx(() -> {
            tab.shutdown();
            return null;
        });
        awaitThreadsBackAtBaseline();
    }

    // ---- the tests ----

    @Test
    void everyActionButtonShowsAGlyph() throws Exception {
        fx(() -> {
            ActionButtons.assertEveryOneHasAGlyph((javafx.scene.Parent) tab.content(), 4);
            return null;
        });
        assertEquals(Icons.send().getIconCode(), glyphOf("#tcpSend"));
        assertEquals(Icons.halfClose().getIconCode(), glyphOf("#tcpHalfClose"));
    }

    private org.kordamp.ikonli.Ikon glyphOf(String query) throws Exception {
        return fx(() -> ActionButtons.glyphOf(lookup(query).queryAs(javafx.scene.control.Labeled.class)));
    }

    @Test
    void theClientSendsToTheEchoServerAndSeesTheEcho() throws Exception {
        ThreadedServer echo = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO), EventSink.DISCARD);
        Thread echoThread = Thread.ofPlatform().name("test-echo-server").start(() -> runQuietly(echo));
        try {
            int port = echo.listening().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getPort();
            typeInto("#tcpHost", "127.0.0.1");
            typeInto("#tcpPort", Integer.toString(port));
            typeInto("#tcpPayload", "hello");

            assertEquals(Icons.connect().getIconCode(), glyphOf("#tcpConnect"));
            clickOn("#tcpConnect");
            awaitClientState(TcpClientModel.State.CONNECTED);
            assertEquals(Icons.disconnect().getIconCode(), glyphOf("#tcpConnect"), "connected, the button shows Disconnect's glyph");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), fx(() -> CutTexts.under(tab.view())), "\"Disconnect\" and the status beside it are not cut");
            String status = fx(() -> ((Label) lookup("#tcpConnectionStatus").query()).getText());
            assertTrue(status.matches("Connected to 127\\.0\\.0\\.1:" + port + " from 127\\.0\\.0\\.1:\\d+"), status);
            assertTrue(fx(() -> ((ToggleButton) lookup("#tcpConnect").query()).isSelected()));

            clickOn("#tcpSend");
            NetEvent sent = awaitRow("the SENT row", e -> e.direction() == Direction.SENT && text(e).equals("hello"));
            NetEvent echoed = awaitRow("the echo", e -> e.direction() == Direction.RECEIVED && text(e).equals("hello"));
            assertEquals("tcp-client", sent.source());
            assertEquals("", echoed.message(), "one row per read; its size is in the bytes column");
            assertEquals(5, echoed.byteCount());
            assertEquals("127.0.0.1:" + port, echoed.remote());

            clickOn("#tcpConnect");   // now Disconnect
            awaitClientState(TcpClientModel.State.DISCONNECTED);
            assertFalse(fx(() -> ((ToggleButton) lookup("#tcpConnect").query()).isSelected()));
            assertEquals(Icons.connect().getIconCode(), glyphOf("#tcpConnect"));
            assertEquals("Disconnected.", fx(() -> ((Label) lookup("#tcpConnectionStatus").query()).getText()));
            awaitThreadsBackAtBaseline();
        } finally {
            echo.close();
            echoThread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        }
        assertFalse(echoThread.isAlive());
    }

    @Test
    void connectingToAClosedPortSaysNothingIsListeningAndReturnsToDisconnected() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        typeInto("#tcpPort", Integer.toString(closedPort));
        clickOn("#tcpConnect");

        String expected = "Nothing is listening on 127.0.0.1:" + closedPort + " (connection refused); start a server there first.";
        awaitRow("the refusal", e -> e.direction() == Direction.ERROR && e.message().equals(expected));
        awaitClientState(TcpClientModel.State.DISCONNECTED);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> ((Label) lookup("#tcpConnectionStatus").query()).getText().equals(expected)));
        assertFalse(fx(() -> ((ToggleButton) lookup("#tcpConnect").query()).isSelected()));
        assertTrue(fx(() -> tab.model().client().failedProperty().get()));
        assertFalse(fx(() -> lookup("#tcpHost").query().isDisabled()), "the fields can be changed again");
        awaitThreadsBackAtBaseline();
    }

    @Test
    void theSimpleServerGreetsAPlainSocketAndNotesAWildcardBind() throws Exception {
        typeInto("#tcpServerBind", "0.0.0.0");
        assertTrue(fx(() -> lookup("#tcpServerExposed").query().isVisible()), "the note shows for a wildcard bind");
        typeInto("#tcpServerBind", "127.0.0.1");
        assertFalse(fx(() -> lookup("#tcpServerExposed").query().isVisible()));
        typeInto("#tcpServerPort", "0");

        assertEquals(Icons.start().getIconCode(), glyphOf("#tcpServerStart"));
        clickOn("#tcpServerStart");
        awaitServerState(ListenerLifecycle.State.LISTENING);
        assertEquals(Icons.stop().getIconCode(), glyphOf("#tcpServerStart"), "a running server's button shows Stop's glyph");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> CutTexts.under(tab.view())), "\"Stop server\" and the long status beside it are not cut");
        String bound = fx(() -> tab.model().server().boundAddressProperty().get());
        assertTrue(bound.startsWith("127.0.0.1:"), bound);
        assertEquals(1, liveThreads(SERVER_THREADS) - serverThreadsBefore, "one server thread, tcp-server-0");

        byte[] greeting;
        try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(bound.substring(bound.indexOf(':') + 1)))) {
            plain.setSoTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            greeting = plain.getInputStream().readAllBytes();   // the server closes after greeting
        }
        assertEquals("Thank you for connecting\r\n", new String(greeting, StandardCharsets.UTF_8));
        awaitRow("the greeting row", e -> e.direction() == Direction.SENT && e.source().equals("tcp-server")
                && text(e).equals("Thank you for connecting\r\n"));

        clickOn("#tcpServerStart");   // now Stop
        awaitServerState(ListenerLifecycle.State.STOPPED);
        assertEquals(Icons.start().getIconCode(), glyphOf("#tcpServerStart"));
        awaitThreadsBackAtBaseline();
    }

    @Test
    void aUnixSocketRoundTripWithCtrlEnter() throws Exception {
        Path socketFile = tempDir.resolve("tab.sock");
        fx(() -> {
            lookup("#tcpServerTransport").<ComboBox<Transport>>query().setValue(Transport.UNIX);
            lookup("#tcpTransport").<ComboBox<Transport>>query().setValue(Transport.UNIX);
            return null;
        });
        setText("#tcpServerUnixPath", socketFile.toString());
        clickOn("#tcpServerReadFirst");
        assertTrue(fx(() -> ((CheckBox) lookup("#tcpServerReadFirst").query()).isSelected()));
        clickOn("#tcpServerStart");
        awaitServerState(ListenerLifecycle.State.LISTENING);
        assertTrue(Files.exists(socketFile));

        setText("#tcpUnixPath", socketFile.toString());
        typeInto("#tcpPayload", "hello");
        clickOn("#tcpConnect");
        awaitClientState(TcpClientModel.State.CONNECTED);
        assertEquals("Connected to unix:" + socketFile, fx(() -> ((Label) lookup("#tcpConnectionStatus").query()).getText()));

        clickOn("#tcpPayload");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        awaitRow("the server's read", e -> e.direction() == Direction.RECEIVED && e.source().equals("tcp-server")
                && text(e).equals("hello"));
        awaitRow("the greeting at the client", e -> e.direction() == Direction.RECEIVED && e.source().equals("tcp-client")
                && text(e).contains("Thank you for connecting"));
        assertEquals("hello", fx(() -> ((TextArea) lookup("#tcpPayload").query()).getText()), "Ctrl+Enter sends, it adds no newline");

        awaitClientState(TcpClientModel.State.DISCONNECTED);   // the server closes after greeting
        assertEquals("The connection to unix:" + socketFile + " is closed.",
                fx(() -> ((Label) lookup("#tcpConnectionStatus").query()).getText()));

        // Fired rather than clicked: after the client's status lines grow, the button can sit under the log's
        // divider in a small headless window, and a click there would miss it.
        fx(() -> {
            lookup("#tcpServerStart").<javafx.scene.control.ButtonBase>query().fire();
            return null;
        });
        awaitServerState(ListenerLifecycle.State.STOPPED);
        awaitThreadsBackAtBaseline();
        assertFalse(Files.exists(socketFile), "the server removes its socket file");
    }

    @Test
    void afterHalfCloseTheServersReplyStillArrives() throws Exception {
        typeInto("#tcpServerPort", "0");
        clickOn("#tcpServerReadFirst");
        clickOn("#tcpServerStart");
        awaitServerState(ListenerLifecycle.State.LISTENING);
        String bound = fx(() -> tab.model().server().boundAddressProperty().get());
        typeInto("#tcpPort", bound.substring(bound.indexOf(':') + 1));
        clickOn("#tcpConnect");
        awaitClientState(TcpClientModel.State.CONNECTED);

        clickOn("#tcpHalfClose");   // FIN: the server, waiting for a message, reads end-of-stream
        assertTrue(fx(() -> lookup("#tcpSend").query().isDisabled()), "no sending after shutting down output");
        assertTrue(fx(() -> lookup("#tcpHalfClose").query().isDisabled()));
        awaitRow("the half-close", e -> e.direction() == Direction.INFO && e.message().startsWith("Half-closed"));
        awaitRow("the server seeing the FIN", e -> e.source().equals("tcp-server")
                && e.message().endsWith("was closed before it sent anything"));
        awaitRow("the greeting, after the half-close", e -> e.direction() == Direction.RECEIVED && e.source().equals("tcp-client")
                && text(e).equals("Thank you for connecting\r\n"));
        awaitClientState(TcpClientModel.State.DISCONNECTED);
        assertFalse(fx(() -> tab.model().client().halfClosedProperty().get()));

        clickOn("#tcpServerStart");
        awaitServerState(ListenerLifecycle.State.STOPPED);
        awaitThreadsBackAtBaseline();
    }

    @Test
    void wrongInputDisablesTheButtonsAndShowsTheSentenceAtTheField() throws Exception {
        typeInto("#tcpPort", "99999");
        assertTrue(fx(() -> lookup("#tcpConnect").query().isDisabled()));
        Node error = fx(() -> lookup(".tcp-client .field-error").queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow());
        assertEquals("The port 99999 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.", fx(() -> ((Label) error).getText()));
        typeInto("#tcpPort", "5000");
        assertFalse(fx(() -> lookup("#tcpConnect").query().isDisabled()));
        assertTrue(fx(() -> lookup("#tcpSend").query().isDisabled()), "no sending before connecting");

        clickOn("#tcpPayload");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        awaitRow("the refusal to send", e -> e.direction() == Direction.ERROR
                && e.message().equals("Not connected: connect first, then send."));

        typeInto("#tcpServerBacklog", "0");
        assertTrue(fx(() -> lookup("#tcpServerStart").query().isDisabled()));
    }

    // ---- helpers ----

    /** Selects everything in a text field and types {@code text} over it, as a user would. */
    private void typeInto(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            push(KeyCode.DELETE);
        } else {
            write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts a long text (a path) into a field at once instead of typing it key by key. */
    private void setText(String query, String text) throws Exception {
        fx(() -> {
            lookup(query).<javafx.scene.control.TextField>query().setText(text);
            return null;
        });
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private void awaitClientState(TcpClientModel.State state) throws Exception {
        await("the client to be " + state, () -> tab.model().client().state() == state);
    }

    private void awaitServerState(ListenerLifecycle.State state) throws Exception {
        await("the server to be " + state, () -> tab.model().server().stateProperty().get() == state);
    }

    /** Waits for a log row (as the console shows it) that {@code wanted} accepts. */
    private NetEvent awaitRow(String what, java.util.function.Predicate<NetEvent> wanted) throws Exception {
        await(what + " in the log", () -> tab.view().log().model().allRows().stream().anyMatch(wanted));
        return fx(() -> tab.view().log().model().allRows().stream().filter(wanted).findFirst().orElseThrow());
    }

    /** Polls {@code condition} on the JavaFX thread until it holds; fails with the log's rows if it never does. */
    private void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            List<String> rows = fx(() -> tab.view().log().model().allRows().stream().map(NetEvent::toString).toList());
            throw new AssertionError("Waited " + TIMEOUT_SECONDS + " s for " + what + "; the log has " + rows, e);
        }
    }

    private void awaitThreadsBackAtBaseline() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> liveThreads(CLIENT_THREADS) == clientThreadsBefore
                    && liveThreads(SERVER_THREADS) == serverThreadsBefore);
        } catch (TimeoutException e) {
            throw new AssertionError("Threads left: " + Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(n -> n.startsWith(CLIENT_THREADS) || n.startsWith(SERVER_THREADS)).toList(), e);
        }
        await("no engine to be running", () -> engines.runningCount() == 0);
    }

    private static long liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

    private static String text(NetEvent event) {
        return new String(event.payload(), StandardCharsets.UTF_8);
    }

    private static void runQuietly(ThreadedServer server) {
        try {
            server.run();
        } catch (EngineException e) {
            // Reported to the (discarded) sink; the test fails on its own when the server is missing.
        }
    }
}
