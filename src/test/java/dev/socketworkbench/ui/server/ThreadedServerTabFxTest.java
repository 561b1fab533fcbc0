package dev.socketworkbench.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadKind;
import dev.socketworkbench.net.server.ThreadedServer;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.common.ActionButtons;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab in a headless window, driven through its controls against real servers on 127.0.0.1:
 * demo clients fill and empty the table, Disconnect closes a chosen client, Stop closes every
 * client and leaves no thread, and bad input is caught as it is typed.
 */
class ThreadedServerTabFxTest extends ApplicationTest {
    private static final long TIMEOUT_SECONDS = 30;

    private ThreadedServerTab tab;
    private ThreadedServerModel model;
    private StatusLine status;
    private final List<Socket> clients = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        status = new StatusLine();
        tab = new ThreadedServerTab(new TabContext(new EngineRunner(), status, Workspace.defaults()));
        model = tab.model();
        Scene scene = new Scene(new StackPane(tab.content()), 1200, 780);
        scene.getStylesheets().add(Objects.requireNonNull(
                dev.socketworkbench.ui.App.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopAndCheckNoThreadIsLeft() throws Exception {
        for (Socket s : clients) {
            s.close();
        }
        interact(tab::shutdown);
        awaitNoPlatformThread("threaded-server-");
        awaitNoPlatformThread("demo-client");
    }

    @Test
    void everyActionButtonShowsAGlyph() throws Exception {
        fx(() -> {
            ActionButtons.assertEveryOneHasAGlyph(tab.view(), 5);
            return null;
        });
        assertEquals(Icons.start().getIconCode(), fx(() -> ActionButtons.glyphOf(lookup("#serverStart").queryAs(Button.class))));
        assertEquals(Icons.stop().getIconCode(), fx(() -> ActionButtons.glyphOf(lookup("#serverStop").queryAs(Button.class))));
        assertEquals(Icons.disconnectClient().getIconCode(), fx(() -> tab.view().table().getContextMenu().getItems().get(0).getGraphic()
                instanceof org.kordamp.ikonli.javafx.FontIcon icon ? icon.getIconCode() : null), "the context menu's Disconnect has the button's glyph");
    }

    // ---- helpers ----

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits, checking on the JavaFX thread, until {@code condition} holds. */
    private void awaitFx(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Still not true after " + TIMEOUT_SECONDS + " s: " + what, e);
        }
    }

    private static void awaitNoPlatformThread(String prefix) throws Exception {
        for (Thread t : platformThreadsNamed(prefix)) {
            assertTrue(t.join(java.time.Duration.ofSeconds(TIMEOUT_SECONDS)), t.getName() + " is still running");
        }
        assertEquals(List.of(), platformThreadsNamed(prefix).stream().map(Thread::getName).toList());
    }

    private static List<Thread> platformThreadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    /**
     * Threads named {@code prefix*} in a JVM thread dump, which, unlike getAllStackTraces(), lists virtual
     * threads too (as net/server's ThreadCensus does).
     */
    private static long dumpedThreadsNamed(String prefix) throws Exception {
        Path file = Files.createTempFile("threads", ".json");
        Files.delete(file); // dumpThreads refuses to overwrite
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
        JsonNode dump = new ObjectMapper().readTree(file.toFile());
        Files.delete(file);
        long count = 0;
        for (JsonNode container : dump.path("threadDump").path("threadContainers")) {
            for (JsonNode thread : container.path("threads")) {
                if (thread.path("name").asText().startsWith(prefix)) {
                    count++;
                }
            }
        }
        return count;
    }

    private void typeInto(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        clickOn(field);
        interact(field::selectAll);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, field.getText());
    }

    /** Starts the server through the form on a free port and waits until it listens. */
    private int startServer(ServerProtocol protocol, ThreadKind threads) throws Exception {
        int port = freePort();
        typeInto("#serverPort", String.valueOf(port));
        interact(() -> model.protocolProperty().set(protocol));
        clickOn(threads == ThreadKind.VIRTUAL ? "#serverThreadsVirtual" : "#serverThreadsPlatform");
        assertEquals(threads, model.threadKindProperty().get());
        clickOn("#serverStart");
        awaitFx("the server listens", () -> model.listeningProperty().get());
        assertEquals("Listening on 127.0.0.1:" + port, fx(() -> lookup("#serverListening").queryAs(Label.class).getText()));
        assertEquals(1, platformThreadsNamed("threaded-server-" + port).size());
        return port;
    }

    /** A plain client that has been echoed once, so its connection is open and being served. */
    private Socket servedClient(int port) throws Exception {
        Socket s = new Socket();
        clients.add(s);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
        s.setSoTimeout(10_000);
        s.getOutputStream().write("hi".getBytes(StandardCharsets.UTF_8));
        assertEquals("hi", new String(s.getInputStream().readNBytes(2), StandardCharsets.UTF_8));
        return s;
    }

    private Node rowOf(Socket client) throws Exception {
        int port = client.getLocalPort();
        awaitFx("a row for the client on port " + port, () -> rowNode(port) != null);
        return fx(() -> rowNode(port));
    }

    private Node rowNode(int clientPort) {
        return lookup("#serverConnections .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof ShownConnection c && !c.closed() && c.row().remotePort() == clientPort)
                .findFirst().orElse(null);
    }

    private List<String> logMessages() throws Exception {
        return fx(() -> tab.log().model().allRows().stream().map(NetEvent::message).toList());
    }

    private long logCount(String fragment) throws Exception {
        return logMessages().stream().filter(m -> m.contains(fragment)).count();
    }

    private String figure(String id) throws Exception {
        return fx(() -> lookup(id).queryAs(Label.class).getText());
    }

    // ---- tests ----

    @ParameterizedTest
    @EnumSource(value = ServerProtocol.class, names = {"ECHO", "CLIENT_LIST"})
    void fiftyDemoClientsFillTheTableAndItEmptiesAgain(ServerProtocol protocol) throws Exception {
        startServer(protocol, ThreadKind.PLATFORM);
        CountDownLatch filled = new CountDownLatch(1);
        AtomicInteger mostRows = new AtomicInteger();
        Set<Long> idsSeen = new ConcurrentSkipListSet<>();
        Set<String> namesSeen = new ConcurrentSkipListSet<>();
        interact(() -> ((ConnectionsTable) lookup("#serverConnections").query()).getItems()
                .addListener((ListChangeListener<ShownConnection>) c -> {
                    mostRows.accumulateAndGet(c.getList().size(), Math::max);
                    // Rows are updated in place (a held client-list client gets its name after it was listed),
                    // so a row's final name is read when it leaves the table as well as when it is seen.
                    java.util.function.Consumer<ShownConnection> note = row -> {
                        idsSeen.add(row.id());
                        if (!row.row().name().isEmpty()) {
                            namesSeen.add(row.row().name());
                        }
                    };
                    while (c.next()) {
                        c.getRemoved().forEach(note);
                    }
                    c.getList().forEach(note);
                    if (!c.getList().isEmpty()) {
                        filled.countDown();
                    }
                }));

        typeInto("#serverDemoCount", "50");
        clickOn("#serverDemoLaunch");
        assertTrue(filled.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the table got rows");
        awaitFx("the demo is done", () -> !model.demoRunningProperty().get());
        assertEquals("Demo clients done: 50 succeeded, 0 failed.", fx(status::text));
        awaitFx("the table is empty again", () -> lookup("#serverConnections").queryAs(ConnectionsTable.class).getItems().isEmpty());

        assertTrue(mostRows.get() > 0);
        assertEquals(LongStreamRange.oneTo(50), new TreeSet<>(idsSeen), "every connection was listed, if only as closed");
        if (protocol == ServerProtocol.CLIENT_LIST) {
            assertEquals(IntStream.rangeClosed(1, 50).mapToObj(i -> "client-" + i).collect(Collectors.toCollection(TreeSet::new)),
                    new TreeSet<>(namesSeen), "client-list clients are named client-1..50");
        }
        awaitFx("the log shows the demo's end", () -> tab.log().model().allRows().stream()
                .anyMatch(e -> e.message().equals("All 50 clients done: 50 succeeded, 0 failed")));
        assertEquals(50, logCount("Accepted connection #"), "one log row per accepted connection");
        assertEquals(50, logCount(" closed: "), "one log row per closed connection");
        assertEquals("0", figure("#serverConnectionsNow"));
        assertEquals("0", figure("#serverLiveThreads"));
        assertTrue(Integer.parseInt(figure("#serverJvmThreads").replace(",", "")) > 0);
        assertTrue(fx(() -> model.listeningProperty().get()), "the server keeps running after the demo");
    }

    @Test
    void disconnectClosesTheSelectedConnectionFromTheButtonAndTheContextMenu() throws Exception {
        int port = startServer(ServerProtocol.ECHO, ThreadKind.PLATFORM);
        Socket first = servedClient(port);
        Socket second = servedClient(port);
        Node firstRow = rowOf(first);
        assertTrue(fx(() -> lookup("#serverDisconnect").queryAs(Button.class).isDisabled()), "nothing selected yet");

        clickOn(firstRow);
        assertFalse(fx(() -> lookup("#serverDisconnect").queryAs(Button.class).isDisabled()));
        // The row is replaced as its byte counts move; the selection stays on it.
        first.getOutputStream().write("more".getBytes(StandardCharsets.UTF_8));
        assertEquals("more", new String(first.getInputStream().readNBytes(4), StandardCharsets.UTF_8));
        awaitFx("the selected row shows the new byte counts", () -> {
            ShownConnection selected = lookup("#serverConnections").queryAs(ConnectionsTable.class)
                    .getSelectionModel().getSelectedItem();
            return selected != null && selected.row().remotePort() == first.getLocalPort() && selected.row().bytesOut() == 6;
        });
        assertEquals(1, fx(() -> lookup("#serverConnections").queryAs(ConnectionsTable.class)
                .getSelectionModel().getSelectedItems().size()));
        clickOn("#serverDisconnect");
        assertEquals(-1, first.getInputStream().read(), "the disconnected client sees the connection close");
        awaitFx("the log tells why", () -> tab.log().model().allRows().stream()
                .anyMatch(e -> e.message().contains("closed: disconnected from the connections table")));

        Node secondRow = rowOf(second);
        clickOn(secondRow);
        // Monocle's headless robot raises no context-menu request for a right click, so the menu is
        // opened here where a right click on the row would open it.
        interact(() -> lookup("#serverConnections").queryAs(ConnectionsTable.class).getContextMenu()
                .show(secondRow, javafx.geometry.Side.BOTTOM, 10, 0));
        clickOn(lookup(".context-menu .menu-item").queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow());
        assertEquals(-1, second.getInputStream().read(), "the context menu disconnects too");
        awaitFx("two disconnects logged", () -> tab.log().model().allRows().stream()
                .filter(e -> e.message().contains("closed: disconnected from the connections table")).count() == 2);
        assertTrue(fx(() -> model.listeningProperty().get()), "the server itself keeps running");
    }

    @ParameterizedTest
    @EnumSource(ThreadKind.class)
    void stopClosesAnOpenConnectionAtOnceAndLeavesNoThread(ThreadKind threads) throws Exception {
        long platformBefore = platformThreadsNamed("server-conn-").size();
        long dumpedBefore = dumpedThreadsNamed("server-conn-");
        int port = startServer(ServerProtocol.ECHO, threads);
        ThreadedServer server = fx(() -> model.server().orElseThrow());
        Socket client = servedClient(port);
        rowOf(client);
        awaitFx("one connection thread", () -> "1".equals(lookup("#serverLiveThreads").queryAs(Label.class).getText()));
        assertEquals("1", figure("#serverConnectionsNow"));
        assertEquals(1, threads == ThreadKind.PLATFORM ? platformThreadsNamed("server-conn-").size() - platformBefore
                : dumpedThreadsNamed("server-conn-") - dumpedBefore);

        clickOn("#serverStop");
        // Stop returns at once: the form is free again before the server's thread has finished closing.
        assertFalse(fx(() -> model.serverRunningProperty().get()));
        assertEquals("Not running", fx(() -> lookup("#serverListening").queryAs(Label.class).getText()));
        assertEquals(-1, client.getInputStream().read(), "the client sees the connection close");

        awaitNoPlatformThread("threaded-server-" + port);
        awaitNoPlatformThread("server-conn-");
        awaitFx("no connection thread in the thread dump", () -> dumpedThreadsNamed("server-conn-") == dumpedBefore);
        assertEquals(0, server.registry().liveThreadCount());
        assertEquals(0, server.aliveConnectionThreads());
        awaitFx("the log says the server stopped", () -> tab.log().model().allRows().stream()
                .anyMatch(e -> e.message().equals("Stopped; closed 1 open connection")));
        awaitFx("the table is empty", () -> lookup("#serverConnections").queryAs(ConnectionsTable.class).getItems().isEmpty());
        awaitFx("the figures are back to 0", () -> "0".equals(lookup("#serverLiveThreads").queryAs(Label.class).getText())
                && "0".equals(lookup("#serverConnectionsNow").queryAs(Label.class).getText()));
        assertFalse(fx(() -> lookup("#serverStart").queryAs(Button.class).isDisabled()), "it can start again");
    }

    @Test
    void badInputIsShownUnderTheFieldAsItIsTypedAndHoldsStartBack() throws Exception {
        typeInto("#serverPort", "70000");
        assertEquals("The port 70000 is outside 0-65535; ports are 16-bit numbers and 0 is reserved.",
                fx(() -> lookup(".field-error").queryAll().stream().map(n -> ((Label) n).getText())
                        .filter(t -> !t.isEmpty()).findFirst().orElse("")));
        assertTrue(fx(() -> lookup("#serverStart").queryAs(Button.class).isDisabled()));
        typeInto("#serverPort", "8081");
        assertFalse(fx(() -> lookup("#serverStart").queryAs(Button.class).isDisabled()));

        assertFalse(fx(() -> lookup("#serverBindNote").query().isVisible()));
        typeInto("#serverBind", "0.0.0.0");
        assertTrue(fx(() -> lookup("#serverBindNote").query().isVisible()), "a wildcard bind gets a note");
        typeInto("#serverBind", "127.0.0.1");
        assertFalse(fx(() -> lookup("#serverBindNote").query().isVisible()));
        assertTrue(fx(() -> lookup("#serverDemoLaunch").queryAs(Button.class).isDisabled()), "no demo without a server");
    }

    @Test
    void aPortInUseIsOneSentenceInTheStatusBarAndStartWorksAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            typeInto("#serverPort", String.valueOf(taken.getLocalPort()));
            clickOn("#serverStart");
            awaitFx("the start failed", () -> !model.serverRunningProperty().get());
            String sentence = fx(status::text);
            assertTrue(sentence.contains(String.valueOf(taken.getLocalPort())), sentence);
            assertFalse(sentence.contains("Exception"), sentence);
            assertEquals(StatusLine.Level.WARNING, fx(status::level));
            assertFalse(fx(() -> lookup("#serverStart").queryAs(Button.class).isDisabled()));
        }
    }

    /** The ids 1..n as a sorted set. */
    private static final class LongStreamRange {
        static TreeSet<Long> oneTo(long n) {
            TreeSet<Long> ids = new TreeSet<>();
            for (long i = 1; i <= n; i++) {
                ids.add(i);
            }
            return ids;
        }
    }
}
