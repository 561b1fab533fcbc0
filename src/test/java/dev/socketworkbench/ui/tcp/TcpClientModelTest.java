package dev.socketworkbench.ui.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.tcp.LineEnding;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client form's validation and refusals, without a window and without a network. */
class TcpClientModelTest {
    private final RecordingSink sink = new RecordingSink();
    private final StatusLine status = new StatusLine();
    private final TcpClientModel model = new TcpClientModel(new EngineRunner(), status, sink, Runnable::run);

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();   // the status line hands messages to the JavaFX thread
    }

    @Test
    void theDefaultsConnectTo127001Port5000AndSendHello() {
        assertTrue(model.connectionInputValidProperty().get());
        assertTrue(model.payloadValidProperty().get());
        assertTrue(model.canConnectBinding().get());
        assertFalse(model.canSendBinding().get(), "nothing to send on before connecting");
        assertEquals(List.of(), model.errorSentences());
        TcpClientSettings settings = model.settings();
        assertEquals(Transport.TCP, settings.transport());
        assertEquals("127.0.0.1:5000", settings.target());
        assertEquals(TcpClientSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS, settings.connectTimeoutMillis());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), model.payloadBytes());
        assertEquals("5 bytes", model.payloadSizeProperty().get());
        assertEquals(TcpClientModel.NOT_CONNECTED, model.statusTextProperty().get());
        assertEquals("tcp-client-5000", TcpClientModel.threadName(settings));
    }

    @Test
    void aWrongPortIsExplainedAtTheFieldAndBlocksConnect() {
        model.portProperty().set("70000");
        assertEquals("The port 70000 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.", model.portErrorProperty().get());
        assertFalse(model.canConnectBinding().get());
        assertFalse(model.canToggleConnectionBinding().get());
        assertNull(model.settings());

        model.portProperty().set("50x");
        assertEquals("The port \"50x\" is not a number; type a number from 1-65535.", model.portErrorProperty().get());
        model.portProperty().set("0");
        assertTrue(model.portErrorProperty().get().startsWith("The port 0 is outside 1-65535"), "a client cannot connect to port 0");

        model.portProperty().set(" 6000 ");
        assertEquals("", model.portErrorProperty().get());
        assertTrue(model.canConnectBinding().get());
        assertEquals(6000, model.settings().port());
    }

    @Test
    void hostSyntaxIsCheckedWithoutAskingDns() {
        model.hostProperty().set("  ");
        assertEquals("The host is empty; type a name such as localhost or an address such as 127.0.0.1 or ::1.", model.hostErrorProperty().get());
        model.hostProperty().set("my host");
        assertEquals("The host \"my host\" contains spaces; type one name or address.", model.hostErrorProperty().get());
        assertFalse(model.canConnectBinding().get());

        model.hostProperty().set("::1");
        assertEquals("", model.hostErrorProperty().get());
        assertEquals("[::1]:5000", model.settings().target());
        model.hostProperty().set("[::1]");
        assertEquals("[::1]:5000", model.settings().target());
        model.hostProperty().set("server.example.invalid");
        assertEquals("", model.hostErrorProperty().get(), "names are only looked up when connecting");
    }

    @Test
    void theConnectTimeoutIsAWholeNumberOfMilliseconds() {
        model.connectTimeoutProperty().set("-1");
        assertEquals("The connect timeout -1 is less than 0; type milliseconds, such as 5000, or 0 to wait as long as the system does.",
                model.connectTimeoutErrorProperty().get());
        model.connectTimeoutProperty().set("soon");
        assertEquals("The connect timeout \"soon\" is not a whole number; type milliseconds, such as 5000, or 0 to wait as long as the system does.",
                model.connectTimeoutErrorProperty().get());
        model.connectTimeoutProperty().set("99999999999999999999");
        assertTrue(model.connectTimeoutErrorProperty().get().startsWith("The connect timeout 99999999999999999999 is too large"));
        assertFalse(model.canConnectBinding().get());
        model.connectTimeoutProperty().set("0");
        assertTrue(model.canConnectBinding().get());
        assertEquals(0, model.settings().connectTimeoutMillis());
    }

    @Test
    void aUnixSocketNeedsAPathAndIgnoresHostAndPort() {
        model.hostProperty().set("");
        model.portProperty().set("nope");
        assertFalse(model.canConnectBinding().get());

        model.transportProperty().set(Transport.UNIX);
        assertEquals("", model.hostErrorProperty().get(), "host and port do not matter for a socket file");
        assertEquals("", model.portErrorProperty().get());
        assertTrue(model.canConnectBinding().get());
        assertEquals(Path.of(TcpClientModel.DEFAULT_UNIX_PATH), model.settings().unixPath());
        assertEquals("tcp-client-unix", TcpClientModel.threadName(model.settings()));

        model.unixPathProperty().set(" ");
        assertEquals("The socket path is empty; type the path of the server's socket file, such as /tmp/workbench.sock.",
                model.unixPathErrorProperty().get());
        assertFalse(model.canConnectBinding().get());
        model.unixPathProperty().set("/tmp/a\0b.sock");
        assertTrue(model.unixPathErrorProperty().get().startsWith("The socket path \"/tmp/a\0b.sock\" is not a valid path ("),
                model.unixPathErrorProperty().get());
    }

    @Test
    void payloadCodecErrorsShowAtThePayloadAsYouType() {
        model.formatProperty().set(PayloadFormat.ESCAPED);
        model.payloadProperty().set("hi\\q");
        assertEquals("Unknown escape \\q at position 3; use \\n \\r \\t \\0 \\\\ or \\xHH.", model.payloadErrorProperty().get());
        assertFalse(model.payloadValidProperty().get());
        assertEquals("", model.payloadSizeProperty().get());
        assertTrue(model.connectionInputValidProperty().get(), "a wrong payload does not stop connecting");

        model.formatProperty().set(PayloadFormat.HEX);
        model.payloadProperty().set("48 6g");
        assertTrue(model.payloadErrorProperty().get().startsWith("Malformed hex at position 5: 'g' is not a hex digit"),
                model.payloadErrorProperty().get());
        model.payloadProperty().set("48 69");
        assertEquals("", model.payloadErrorProperty().get());
        assertArrayEquals(new byte[] {0x48, 0x69}, model.payloadBytes());

        model.formatProperty().set(PayloadFormat.TEXT);
        model.encodingProperty().set(PayloadEncoding.US_ASCII);
        model.payloadProperty().set("café");
        assertEquals("The character 'é' at position 4 cannot be written in US-ASCII; choose UTF-8 or remove the character.",
                model.payloadErrorProperty().get());
    }

    @Test
    void theLineEndingIsAppendedAndAnEmptyPayloadNeedsOne() {
        model.payloadProperty().set("hi");
        model.lineEndingProperty().set(LineEnding.CRLF);
        assertArrayEquals("hi\r\n".getBytes(StandardCharsets.US_ASCII), model.payloadBytes());
        assertEquals("4 bytes", model.payloadSizeProperty().get());

        model.payloadProperty().set("");
        assertArrayEquals("\r\n".getBytes(StandardCharsets.US_ASCII), model.payloadBytes());
        model.lineEndingProperty().set(LineEnding.LF);
        assertEquals("1 byte", model.payloadSizeProperty().get());

        model.lineEndingProperty().set(LineEnding.NONE);
        assertEquals(TcpClientModel.EMPTY_PAYLOAD, model.payloadErrorProperty().get());
        assertFalse(model.payloadValidProperty().get());
    }

    @Test
    void connectingWithAWrongFieldLogsTheSameSentences() throws Exception {
        model.portProperty().set("70000");
        model.connectTimeoutProperty().set("-5");
        List<String> shown = model.errorSentences();
        assertEquals(2, shown.size());
        assertFalse(FxThread.call(model::connect));
        assertEquals(shown, sink.errors(), "each field's sentence goes into the log");
        FxThread.awaitValue(status::textProperty, shown.get(0));
        assertEquals(TcpClientModel.State.DISCONNECTED, model.state());
    }

    @Test
    void sendAndHalfCloseWithoutAConnectionSayWhy() throws Exception {
        assertFalse(FxThread.call(model::send));
        assertFalse(FxThread.call(model::halfClose));
        assertEquals(List.of("Not connected: connect first, then send.", "Not connected: there is no connection to half-close."),
                sink.errors());
    }

    @Test
    void everyFieldIsRememberedUnderTcpClient() {
        FieldMemory memory = new FieldMemory(Map.of(
                "tcp.client.transport", "UNIX",
                "tcp.client.port", "6000",
                "tcp.client.lineEnding", "CRLF",
                "tcp.client.tcpNoDelay", "true",
                "tcp.client.format", "NO_SUCH_FORMAT"));
        model.remember(memory);
        assertEquals(List.of("tcp.client.transport", "tcp.client.host", "tcp.client.port", "tcp.client.unixPath",
                "tcp.client.connectTimeout", "tcp.client.tcpNoDelay", "tcp.client.disconnectAfterBye", "tcp.client.payload",
                "tcp.client.format", "tcp.client.encoding", "tcp.client.lineEnding"), List.copyOf(memory.keys()));
        assertEquals(Transport.UNIX, model.transportProperty().get());
        assertEquals("6000", model.portProperty().get());
        assertEquals(LineEnding.CRLF, model.lineEndingProperty().get());
        assertTrue(model.tcpNoDelayProperty().get());
        assertEquals(PayloadFormat.TEXT, model.formatProperty().get(), "a saved value that no longer fits keeps the default");

        model.hostProperty().set("::1");
        assertEquals("::1", memory.capture().get("tcp.client.host"));
        assertEquals("UNIX", memory.capture().get("tcp.client.transport"));
    }
}
