package dev.socketworkbench.ui.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.net.tcp.SimpleTcpServerSettings;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simple server form's validation, its network note and its refusals, without a window. */
class TcpServerModelTest {
    private final RecordingSink sink = new RecordingSink();
    private final StatusLine status = new StatusLine();
    private final TcpServerModel model = new TcpServerModel(new EngineRunner(), status, sink, Runnable::run);

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    @Test
    void theDefaultsAreTheSeedServerOnLoopback() {
        assertTrue(model.inputValidProperty().get());
        assertTrue(model.canStartBinding().get());
        assertFalse(model.exposedProperty().get());
        SimpleTcpServerSettings settings = model.settings();
        assertEquals("127.0.0.1", settings.bindHost());
        assertEquals(5000, settings.port());
        assertEquals(5, settings.backlog());
        assertFalse(settings.readMessageFirst());
        assertEquals("Thank you for connecting\r\n", settings.greeting(), "the form's escapes become CR LF");
        assertEquals(0, settings.maxConnections(), "serves until stopped");
        assertEquals(30_000, settings.readTimeoutMillis(), "time for a person to type the message");
        assertEquals("tcp-server-5000", TcpServerModel.threadName(settings));
    }

    @Test
    void portZeroLetsTheSystemChooseButTheRangeIsChecked() {
        model.portProperty().set("0");
        assertEquals("", model.portErrorProperty().get());
        assertEquals(0, model.settings().port());
        model.portProperty().set("65536");
        assertEquals("The port 65536 is outside 0-65535; ports are 16-bit numbers and 0 is reserved.", model.portErrorProperty().get());
        assertFalse(model.canStartBinding().get());
        assertNull(model.settings());
    }

    @Test
    void theBacklogIsAtLeastOne() {
        model.backlogProperty().set("0");
        assertEquals("The backlog 0 is less than 1; type a number such as 5, as in the seed's listen(5).",
                model.backlogErrorProperty().get());
        model.backlogProperty().set("many");
        assertTrue(model.backlogErrorProperty().get().startsWith("The backlog \"many\" is not a whole number"));
        model.backlogProperty().set("128");
        assertEquals(128, model.settings().backlog());
    }

    @Test
    void theBindAddressIsCheckedAndANonLoopbackOneIsNoted() {
        model.bindAddressProperty().set("");
        assertEquals("The host is empty; type a name such as localhost or an address such as 127.0.0.1 or ::1.",
                model.bindAddressErrorProperty().get());
        assertFalse(model.exposedProperty().get());

        for (String local : List.of("127.0.0.1", "::1", "[::1]", "localhost", "127.0.0.2")) {
            model.bindAddressProperty().set(local);
            assertFalse(model.exposedProperty().get(), local);
        }
        for (String open : List.of("0.0.0.0", "::", "192.168.1.10", "myhost")) {
            model.bindAddressProperty().set(open);
            assertTrue(model.exposedProperty().get(), open);
            assertEquals("", model.bindAddressErrorProperty().get(), "a note, not an error");
        }
        model.transportProperty().set(Transport.UNIX);
        assertFalse(model.exposedProperty().get(), "a socket file is not on the network");
    }

    @Test
    void theGreetingAllowsEscapesThatSpellUtf8() throws Exception {
        assertEquals("café\n", TcpServerModel.greetingText("caf\\xc3\\xa9\\n"));
        model.greetingProperty().set("bye\\q");
        assertEquals("The greeting has a problem: Unknown escape \\q at position 4; use \\n \\r \\t \\0 \\\\ or \\xHH.",
                model.greetingErrorProperty().get());
        model.greetingProperty().set("\\xff");
        assertTrue(model.greetingErrorProperty().get().startsWith("The greeting's \\xHH bytes do not spell UTF-8 text"),
                model.greetingErrorProperty().get());
        assertFalse(model.canStartBinding().get());
        model.greetingProperty().set("");
        assertEquals("", model.greetingErrorProperty().get(), "an empty greeting just closes the connection");
    }

    @Test
    void theWaitForTheFirstMessageCountsOnlyWhenReadingFirst() {
        assertFalse(model.settings().readMessageFirst());
        model.readTimeoutProperty().set("0");
        assertEquals("", model.readTimeoutErrorProperty().get(), "not used while the server does not read first");
        model.readMessageFirstProperty().set(true);
        assertEquals("The read timeout 0 is less than 1; type milliseconds, such as 30000.",
                model.readTimeoutErrorProperty().get());
        assertFalse(model.canStartBinding().get());
        model.readTimeoutProperty().set("2500");
        assertEquals(2500, model.settings().readTimeoutMillis());
        model.readTimeoutProperty().set("");
        model.readMessageFirstProperty().set(false);
        assertEquals(TcpServerModel.DEFAULT_READ_TIMEOUT_MILLIS, model.settings().readTimeoutMillis());
    }

    @Test
    void aUnixSocketNeedsAPathAndIgnoresAddressAndPort() {
        model.portProperty().set("x");
        model.transportProperty().set(Transport.UNIX);
        assertTrue(model.canStartBinding().get());
        assertEquals(Path.of(TcpServerModel.DEFAULT_UNIX_PATH), model.settings().unixPath());
        assertEquals("tcp-server-unix", TcpServerModel.threadName(model.settings()));
        model.unixPathProperty().set("");
        assertEquals("The socket path is empty; type a path for the socket file, such as /tmp/workbench.sock.",
                model.unixPathErrorProperty().get());
        assertFalse(model.canStartBinding().get());
    }

    @Test
    void startingWithAWrongFieldLogsTheSameSentences() throws Exception {
        model.portProperty().set("-1");
        model.backlogProperty().set("");
        List<String> shown = model.errorSentences();
        assertEquals(2, shown.size());
        assertFalse(FxThread.call(model::start));
        assertEquals(shown, sink.errors());
        FxThread.awaitValue(status::textProperty, shown.get(0));
        assertEquals(ListenerLifecycle.State.STOPPED, model.stateProperty().get());
        assertFalse(model.isActive());
    }

    @Test
    void everyFieldIsRememberedUnderTcpServer() {
        FieldMemory memory = new FieldMemory(Map.of("tcp.server.greeting", "hi\\r\\n", "tcp.server.readMessageFirst", "true"));
        model.remember(memory);
        assertEquals(List.of("tcp.server.transport", "tcp.server.bindAddress", "tcp.server.port", "tcp.server.unixPath",
                "tcp.server.backlog", "tcp.server.readMessageFirst", "tcp.server.readTimeout", "tcp.server.greeting"), List.copyOf(memory.keys()));
        assertEquals("hi\r\n", model.settings().greeting());
        assertTrue(model.settings().readMessageFirst());
    }
}
