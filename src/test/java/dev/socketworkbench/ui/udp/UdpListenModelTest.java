package dev.socketworkbench.ui.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.udp.ReplyMode;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Listen model's validation, network warning and refusals:
 * without a window, and without the JavaFX thread except where the status line needs it.
 */
class UdpListenModelTest {
    /** Only for the status line, which hands its messages to the JavaFX thread; the model itself needs none. */
    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    private final EngineRunner engines = new EngineRunner();
    private final StatusLine status = new StatusLine();
    private final Recorder log = new Recorder();
    private final UdpListenModel model = new UdpListenModel(engines, status, log, Runnable::run);

    @Test
    void theDefaultsAreTheSeedsAndStayOnThisMachine() {
        assertEquals("127.0.0.1", model.bindAddressProperty().get());
        assertEquals("6667", model.portProperty().get());
        assertEquals("8192", model.bufferProperty().get());
        assertEquals(ReplyMode.NONE, model.replyModeProperty().get());
        assertEquals("Got your message!", model.fixedReplyProperty().get());
        assertEquals(List.of(), model.errorSentences());
        assertTrue(model.canStart());
        assertFalse(model.exposedProperty().get());
        assertEquals(ListenerLifecycle.State.STOPPED, model.stateProperty().get());
        assertEquals("Not listening.", model.statusTextProperty().get());
        assertEquals("", model.interfaceChoices().get(0), "the first choice is the loopback default");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc   | The port \"abc\" is not a number; type a number from 0-65535.",
        "70000 | The port 70000 is outside 0-65535; ports are 16-bit numbers and 0 is reserved.",
        "-1    | The port -1 is outside 0-65535; ports are 16-bit numbers and 0 is reserved."
    })
    void aWrongPortIsExplainedAtThePortField(String port, String sentence) {
        model.portProperty().set(port);
        assertEquals(sentence, model.portErrorProperty().get());
        assertEquals(List.of(sentence), model.errorSentences());
        assertFalse(model.canStart());
        assertNull(model.settings());
    }

    @Test
    void portZeroLetsTheSystemPick() {
        model.portProperty().set("0");
        assertEquals("", model.portErrorProperty().get());
        assertEquals(0, model.settings().port());
    }

    @Test
    void theReceiveBufferIsOneToAFullDatagram() {
        model.bufferProperty().set("0");
        assertEquals("The receive buffer of 0 bytes is outside 1-65535; 8192 is a good size (the seed programs use 1024 to 8192).",
                model.bufferErrorProperty().get());
        model.bufferProperty().set("big");
        assertEquals("The receive buffer \"big\" is not a whole number; type a size in bytes from 1 to 65535, such as 8192.",
                model.bufferErrorProperty().get());
        model.bufferProperty().set("1024");
        assertEquals("", model.bufferErrorProperty().get());
        assertEquals(1024, model.settings().bufferBytes());
    }

    @Test
    void aGroupThatIsNotMulticastIsExplainedAtTheGroupField() {
        model.groupProperty().set("10.1.2.3");
        assertEquals("The group 10.1.2.3 is not a multicast address; use one from 224.0.0.0/4 or ff00::/8, such as 239.1.2.3.",
                model.groupErrorProperty().get());
        assertFalse(model.canStart());
        model.groupProperty().set("banana");
        assertEquals("The group \"banana\" is not an IP address; type a multicast address such as 239.1.2.3 or ff05::1:3.",
                model.groupErrorProperty().get());
        model.groupProperty().set("239.1.2.3");
        assertEquals("", model.groupErrorProperty().get());
        assertTrue(model.canStart());
        assertTrue(model.settings().joinsMulticastGroup());
        assertFalse(model.exposedProperty().get(), "joined on the loopback interface by default");
    }

    @Test
    void theFixedReplyIsCheckedOnlyInFixedMode() {
        model.fixedReplyProperty().set("bad \\q");
        assertEquals("", model.fixedReplyErrorProperty().get(), "not used while the mode is None");
        model.replyModeProperty().set(ReplyMode.FIXED);
        assertEquals("The fixed reply has a problem: Unknown escape \\q at position 5; use \\n \\r \\t \\0 \\\\ or \\xHH.",
                model.fixedReplyErrorProperty().get());
        assertFalse(model.canStart());
        model.fixedReplyProperty().set("Got it!\\n");
        assertEquals("", model.fixedReplyErrorProperty().get());
        assertEquals("Got it!\n", new String(model.settings().fixedReply(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.10", "myhost"})
    void bindingBeyondLoopbackShowsTheNetworkWarning(String address) {
        model.bindAddressProperty().set(address);
        assertTrue(model.exposedProperty().get(), address);
        assertEquals("Reachable from the network: other machines can send to this port.", UdpListenModel.EXPOSED_WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "[::1]", "127.0.0.2", "localhost"})
    void loopbackAddressesShowNoWarning(String address) {
        model.bindAddressProperty().set("0.0.0.0");
        model.bindAddressProperty().set(address);
        assertFalse(model.exposedProperty().get(), address);
    }

    @Test
    void startingWithAnErrorLogsTheSameSentenceAndStartsNothing() throws Exception {
        model.portProperty().set("abc");
        assertFalse(model.start());
        assertEquals(List.of("The port \"abc\" is not a number; type a number from 0-65535."), log.messages(Direction.ERROR));
        assertEquals("udp-listener", log.events().get(0).source());
        assertEquals(0, engines.runningCount());
        assertFalse(model.isActive());
        FxThread.awaitValue(status::textProperty, "Not listening: The port \"abc\" is not a number; type a number from 0-65535.");
        assertEquals(StatusLine.Level.WARNING, FxThread.call(status::level));
    }

    @Test
    void everyFieldIsRememberedAndRestored() {
        FieldMemory memory = new FieldMemory(Map.of(
                "udp.listen.bindAddress", "::1",
                "udp.listen.port", "7001",
                "udp.listen.buffer", "1024",
                "udp.listen.replyMode", "ECHO",
                "udp.listen.group", "ff02::1:3",
                "udp.listen.interface", "lo"));
        model.remember(memory);
        assertEquals(Set.of("udp.listen.bindAddress", "udp.listen.port", "udp.listen.buffer", "udp.listen.replyMode",
                "udp.listen.fixedReply", "udp.listen.group", "udp.listen.interface"), memory.keys());
        assertEquals("::1", model.settings().bindAddress());
        assertEquals(7001, model.settings().port());
        assertEquals(1024, model.settings().bufferBytes());
        assertEquals(ReplyMode.ECHO, model.settings().replyMode());
        assertEquals("ff02::1:3", model.settings().multicastGroup());
        assertEquals("lo", model.settings().multicastInterface());
        assertEquals("Got your message!", memory.capture().get("udp.listen.fixedReply"));
    }
}
