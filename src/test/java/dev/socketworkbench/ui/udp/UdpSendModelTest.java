package dev.socketworkbench.ui.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.payload.PayloadEncoding;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Send model's validation and refusals:
 * without a window, and without the JavaFX thread except where the status line needs it.
 */
class UdpSendModelTest {
    /** Only for the status line, which hands its messages to the JavaFX thread; the model itself needs none. */
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    private final EngineRunner engines = new EngineRunner();
    private final StatusLine status = new StatusLine();
    private final Recorder log = new Recorder();
    private final UdpSendModel model = new UdpSendModel(engines, status, log, Runnable::run);

    @Test
    void theDefaultsAreTheSeedsAndCanBeSent() {
        assertEquals("127.0.0.1", model.hostProperty().get());
        assertEquals("6667", model.portProperty().get());
        assertEquals("Hello you there!", model.payloadProperty().get());
        assertEquals(List.of(), model.errorSentences());
        assertTrue(model.canSend());
        assertEquals("16 bytes", model.payloadSizeProperty().get());
        assertEquals(16, model.payloadBytesProperty().get());
        assertNotNull(model.settings());
        assertEquals(1, model.settings().count());
        assertFalse(model.settings().waitsForReply());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc   | The port \"abc\" is not a number; type a number from 1-65535.",
        "0     | The port 0 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.",
        "70000 | The port 70000 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.",
        "''    | The port is empty; type a number from 1-65535."
    })
    void aWrongPortIsExplainedAtThePortField(String port, String sentence) {
        model.portProperty().set(port);
        assertEquals(sentence, model.portErrorProperty().get());
        assertEquals(List.of(sentence), model.errorSentences(), "only the port is wrong");
        assertFalse(model.canSend());
        assertTrue(model.hasErrorsProperty().get());
        assertNull(model.settings());
    }

    @Test
    void fixingTheFieldClearsItsSentence() {
        model.portProperty().set("70000");
        assertFalse(model.canSend());
        model.portProperty().set("6667");
        assertEquals("", model.portErrorProperty().get());
        assertTrue(model.canSend());
    }

    @Test
    void malformedHexIsExplainedAtThePayload() {
        model.formatProperty().set(PayloadFormat.HEX);
        model.payloadProperty().set("48 6g");
        assertEquals("Malformed hex at position 5: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
                model.payloadErrorProperty().get());
        assertEquals("", model.payloadSizeProperty().get(), "no size while the payload has no bytes");
        assertEquals(-1, model.payloadBytesProperty().get());
        assertFalse(model.canSend());

        model.payloadProperty().set("48 65 6c 6c 6f");
        assertEquals("", model.payloadErrorProperty().get());
        assertEquals("5 bytes", model.payloadSizeProperty().get());
    }

    @Test
    void malformedEscapesAreExplainedAtThePayload() {
        model.formatProperty().set(PayloadFormat.ESCAPED);
        model.payloadProperty().set("\\x4");
        assertEquals("Malformed escape at position 1: \\x needs two hex digits, such as \\x0a or \\xFF.",
                model.payloadErrorProperty().get());
        assertFalse(model.canSend());

        model.payloadProperty().set("abc\\q");
        assertEquals("Unknown escape \\q at position 4; use \\n \\r \\t \\0 \\\\ or \\xHH.", model.payloadErrorProperty().get());

        model.payloadProperty().set("line\\r\\n\\x00");
        assertEquals("", model.payloadErrorProperty().get());
        assertEquals("7 bytes", model.payloadSizeProperty().get());
    }

    @Test
    void theFormatAndEncodingChangeTheBytesLive() {
        model.payloadProperty().set("A\u00e9");
        assertEquals("3 bytes", model.payloadSizeProperty().get(), "UTF-8: é is two bytes");
        model.encodingProperty().set(PayloadEncoding.UTF_16);
        assertEquals("4 bytes", model.payloadSizeProperty().get());
        model.encodingProperty().set(PayloadEncoding.US_ASCII);
        assertFalse(model.payloadErrorProperty().get().isEmpty(), "é cannot be written in US-ASCII");
        assertFalse(model.canSend());
    }

    @Test
    void aPayloadLargerThanOneDatagramIsRefused() {
        model.payloadProperty().set("a".repeat(65_507));
        assertEquals("", model.payloadErrorProperty().get());
        assertTrue(model.canSend());

        model.payloadProperty().set("a".repeat(65_508));
        assertEquals("The payload is 65,508 bytes, but one UDP datagram carries at most 65,507 bytes; shorten it or send it in parts.",
                model.payloadErrorProperty().get());
        assertEquals("65,508 bytes", model.payloadSizeProperty().get(), "the size still shows how far over it is");
        assertFalse(model.canSend());
    }

    @Test
    void anEmptyPayloadIsRefused() {
        model.payloadProperty().set("");
        assertEquals("The payload is empty; type at least one byte, because Java does not send empty datagrams.",
                model.payloadErrorProperty().get());
        assertEquals("0 bytes", model.payloadSizeProperty().get());
    }

    @Test
    void hostSyntaxIsCheckedWithoutDns() {
        model.hostProperty().set("");
        assertEquals("The host is empty; type a name such as localhost or an address such as 127.0.0.1 or ::1.",
                model.hostErrorProperty().get());
        model.hostProperty().set("my host");
        assertEquals("The host \"my host\" contains spaces; type one name or address.", model.hostErrorProperty().get());
        for (String fine : List.of("localhost", "::1", "[::1]", "127.0.0.1", "example.invalid")) {
            model.hostProperty().set(fine);
            assertEquals("", model.hostErrorProperty().get(), fine);
        }
    }

    @Test
    void countAndIntervalAreWholeNumbers() {
        model.countProperty().set("0");
        assertEquals("The count 0 is less than 1; type how many datagrams to send, such as 1 or 100.", model.countErrorProperty().get());
        model.countProperty().set("ten");
        assertEquals("The count \"ten\" is not a whole number; type how many datagrams to send, such as 1 or 100.",
                model.countErrorProperty().get());
        model.countProperty().set("1,000");
        assertEquals("", model.countErrorProperty().get());
        assertEquals(1000, model.settings().count());

        model.intervalProperty().set("-1");
        assertEquals("The interval -1 is less than 0; type a pause in milliseconds such as 1000, or tick As fast as possible.",
                model.intervalErrorProperty().get());
        model.asFastAsPossibleProperty().set(true);
        assertEquals("", model.intervalErrorProperty().get(), "the interval is not used as fast as possible");
        assertEquals(0, model.settings().intervalMillis());
        assertTrue(model.canSend());
    }

    @Test
    void theSourcePortIsOptional() {
        assertEquals(0, model.settings().sourcePort(), "empty lets the system choose");
        model.sourcePortProperty().set("5000");
        assertEquals(5000, model.settings().sourcePort());
        model.sourcePortProperty().set("70000");
        assertEquals("The port 70000 is outside 0-65535; ports are 16-bit numbers and 0 is reserved.",
                model.sourcePortErrorProperty().get());
        assertFalse(model.canSend());
    }

    @Test
    void theReplyTimeoutCountsOnlyWhileWaitingForReplies() {
        model.replyTimeoutProperty().set("0");
        assertEquals("", model.replyTimeoutErrorProperty().get());
        assertTrue(model.canSend());
        model.waitForReplyProperty().set(true);
        assertEquals("The reply timeout 0 is less than 1; type how long to wait for each reply in milliseconds, such as 1000.",
                model.replyTimeoutErrorProperty().get());
        assertFalse(model.canSend());
        model.replyTimeoutProperty().set("250");
        assertEquals(250, model.settings().replyTimeoutMillis());
        assertTrue(model.settings().waitsForReply());
    }

    @Test
    void sendingWithAnErrorLogsTheSameSentenceAndStartsNothing() throws Exception {
        model.portProperty().set("70000");
        model.payloadProperty().set("");

        assertFalse(model.send());

        List<NetEvent> errors = log.events().stream().filter(e -> e.direction() == Direction.ERROR).toList();
        assertEquals(List.of(model.portErrorProperty().get(), model.payloadErrorProperty().get()),
                errors.stream().map(NetEvent::message).toList());
        assertEquals("udp-sender", errors.get(0).source());
        assertEquals("127.0.0.1:70000", errors.get(0).remote());
        assertEquals(0, engines.runningCount(), "no engine started");
        FxThread.awaitValue(status::textProperty, "Nothing was sent: " + model.portErrorProperty().get());
        assertEquals(StatusLine.Level.WARNING, FxThread.call(status::level));
        assertFalse(model.sendingProperty().get());
    }

    @Test
    void everyFieldIsRememberedAndRestored() {
        FieldMemory memory = new FieldMemory(Map.of(
                "udp.send.host", "::1",
                "udp.send.port", "7000",
                "udp.send.payload", "48 69",
                "udp.send.format", "HEX",
                "udp.send.encoding", "UTF_16",
                "udp.send.count", "3",
                "udp.send.interval", "10",
                "udp.send.asFastAsPossible", "true",
                "udp.send.waitForReply", "true",
                "udp.send.replyTimeout", "500"));
        model.remember(memory);

        assertEquals(Set.of("udp.send.host", "udp.send.port", "udp.send.payload", "udp.send.format", "udp.send.encoding",
                "udp.send.count", "udp.send.interval", "udp.send.asFastAsPossible", "udp.send.broadcast",
                "udp.send.sourcePort", "udp.send.waitForReply", "udp.send.replyTimeout"), memory.keys());
        assertEquals("::1", model.hostProperty().get());
        assertEquals(PayloadFormat.HEX, model.formatProperty().get());
        assertEquals(PayloadEncoding.UTF_16, model.encodingProperty().get());
        assertEquals("2 bytes", model.payloadSizeProperty().get());
        assertEquals(7000, model.settings().port());
        assertEquals(3, model.settings().count());
        assertEquals(0, model.settings().intervalMillis());
        assertEquals(500, model.settings().replyTimeoutMillis());
        assertTrue(model.canSend());

        model.payloadProperty().set("6f 6b");
        assertEquals("6f 6b", memory.capture().get("udp.send.payload"));
        assertEquals("false", memory.capture().get("udp.send.broadcast"));
    }

    @Test
    void sizesReadNaturally() {
        assertEquals("1 byte", UdpSendModel.describeSize(1));
        assertEquals("65,507 bytes", UdpSendModel.describeSize(65_507));
        assertArrayEquals("Hello you there!".getBytes(StandardCharsets.UTF_8), model.settings().payload());
    }
}
