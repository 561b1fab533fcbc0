package dev.socketworkbench.ui.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.MainWindow;
import dev.socketworkbench.ui.common.ActionButtons;
import dev.socketworkbench.ui.common.CutTexts;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.ValidatedField;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The UDP tab in a headless window, filled in and driven through its controls like a user would. */
class UdpTabFxTest extends ApplicationTest {
    private static final long TIMEOUT_SECONDS = 30;

    private final EngineRunner engines = new EngineRunner();
    private UdpTab tab;
    private int listenersBefore;
    private int sendersBefore;

    @Override
    public void start(Stage stage) {
        listenersBefore = FxThread.threadsNamed("udp-listener-").size();
        sendersBefore = FxThread.threadsNamed("udp-sender-").size();
        tab = new UdpTab(new TabContext(engines, new StatusLine(), Workspace.defaults()));
        tab.remember(new FieldMemory(Map.of()));
        Scene scene = new Scene((Parent) tab.content(), 1100, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopEnginesAndCheckNoThreadIsLeft() throws Exception {
        fx(() -> {
            tab.shutdown();
            return null;
        });
        awaitThreadsBackTo("udp-listener-", listenersBefore);
        awaitThreadsBackTo("udp-sender-", sendersBefore);
    }

    private static void awaitThreadsBackTo(String prefix, int baseline) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> FxThread.threadsNamed(prefix).size() <= baseline);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Replaces a field's text by typing, as a user would: click, select all, type. */
    private void type(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<NetEvent> logRows() throws Exception {
        return fx(() -> List.copyOf(tab.view().log().table().getItems()));
    }

    private void awaitLogRow(Predicate<NetEvent> row) throws Exception {
        await(() -> tab.view().log().table().getItems().stream().anyMatch(row));
    }

    private static Predicate<NetEvent> row(Direction direction, String source, String payload) {
        return e -> e.direction() == direction && e.source().equals(source)
                && new String(e.payload(), StandardCharsets.UTF_8).equals(payload);
    }

    /** Starts the listener on a port that was free a moment ago; returns it once the tab says it is listening. */
    private int startListenerThroughTheUi() throws Exception {
        int port = FreePorts.udp();
        type("#udpListenPort", Integer.toString(port));
        clickOn("#udpListenButton");
        await(() -> tab.model().listen().stateProperty().get() == ListenerLifecycle.State.LISTENING);
        assertEquals("Listening on 127.0.0.1:" + port, fx(() -> lookup("#udpListenStatus").queryAs(Label.class).getText()));
        return port;
    }

    @Test
    void aDatagramSentToTheListenerShowsAsSentAndReceivedInTheLog() throws Exception {
        int port = startListenerThroughTheUi();
        type("#udpSendPort", Integer.toString(port));
        type("#udpPayload", "hello");
        assertEquals("5 bytes", fx(() -> lookup("#udpPayloadSize").queryAs(Label.class).getText()));
        clickOn("#udpSendButton");

        awaitLogRow(row(Direction.SENT, "udp-sender", "hello"));
        awaitLogRow(row(Direction.RECEIVED, "udp-listener", "hello"));
        NetEvent received = logRows().stream().filter(row(Direction.RECEIVED, "udp-listener", "hello")).findFirst().orElseThrow();
        assertEquals("127.0.0.1:" + port, received.local());
        await(() -> lookup("#udpSendResult").queryAs(Label.class).getText().startsWith("Sent 1 datagram in "));

        // Ctrl+Enter in the payload sends too.
        type("#udpPayload", "again");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        awaitLogRow(row(Direction.RECEIVED, "udp-listener", "again"));
        assertEquals("again", fx(() -> tab.model().send().payloadProperty().get()), "Ctrl+Enter adds no new line");
    }

    @Test
    void anEchoReplyShowsAsReceivedOnTheSenderWaitingForIt() throws Exception {
        clickOn("#udpReplyMode");
        clickOn("Echo (send it back)");
        int port = startListenerThroughTheUi();
        type("#udpSendPort", Integer.toString(port));
        type("#udpPayload", "hello");
        clickOn("#udpWaitForReply");
        assertFalse(fx(() -> lookup("#udpReplyTimeout").query().isDisabled()), "the timeout is used now");
        clickOn("#udpSendButton");

        awaitLogRow(row(Direction.SENT, "udp-listener", "hello"));      // the echo going out
        awaitLogRow(row(Direction.RECEIVED, "udp-sender", "hello"));    // and arriving at the sender
        await(() -> lookup("#udpSendResult").queryAs(Label.class).getText().endsWith(", 1 reply, 0 without reply, 0 refused."));
    }

    @Test
    void aBadPortShowsItsSentenceAtTheFieldAndDisablesSend() throws Exception {
        String sentence = "The port 70000 is outside 1-65535; ports are 16-bit numbers and 0 is reserved.";
        type("#udpSendPort", "70000");

        Control field = fx(() -> lookup("#udpSendPort").queryAs(Control.class));
        ValidatedField<?> validated = fx(() -> validatedFieldOf(field));
        assertEquals(sentence, fx(() -> validated.errorLabel().getText()));
        assertTrue(fx(() -> validated.errorLabel().isVisible()));
        assertTrue(fx(() -> field.getStyleClass().contains(ValidatedField.ERROR_STYLE_CLASS)));
        assertEquals(sentence, fx(() -> field.getTooltip().getText()), "the tooltip says it too");
        assertTrue(fx(() -> lookup("#udpSendButton").queryAs(Button.class).isDisabled()));

        // Ctrl+Enter still reaches the model: nothing is sent, and the log says why in the same words.
        clickOn("#udpPayload");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        awaitLogRow(e -> e.direction() == Direction.ERROR && e.message().equals(sentence));
        assertTrue(logRows().stream().noneMatch(e -> e.direction() == Direction.SENT));

        type("#udpSendPort", "6667");
        assertFalse(fx(() -> validated.errorLabel().isVisible()));
        assertFalse(fx(() -> lookup("#udpSendButton").queryAs(Button.class).isDisabled()));
    }

    @Test
    void everyActionButtonShowsAGlyph() throws Exception {
        fx(() -> {
            ActionButtons.assertEveryOneHasAGlyph((Parent) tab.content(), 2);
            return null;
        });
        assertEquals(Icons.send().getIconCode(), fx(() -> ActionButtons.glyphOf(tab.view().sendPane().sendButton())));
    }

    @Test
    void stopEndsTheListenerThreadAndFreesThePort() throws Exception {
        assertEquals(Icons.listen().getIconCode(), fx(() -> ActionButtons.glyphOf(tab.view().listenPane().listenButton())));
        int port = startListenerThroughTheUi();
        assertEquals(Icons.stop().getIconCode(), fx(() -> ActionButtons.glyphOf(tab.view().listenPane().listenButton())),
                "a running listener's button shows what a click does: stop");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> CutTexts.under(tab.view())), "no label or button is cut");
        List<Thread> listener = FxThread.threadsNamed("udp-listener-" + port);
        assertEquals(1, listener.size(), "the listener runs on udp-listener-" + port);
        assertTrue(fx(() -> lookup("#udpListenPort").query().isDisabled()), "a running listener's settings are fixed");

        clickOn("#udpListenButton");
        assertEquals("Not listening.", fx(() -> lookup("#udpListenStatus").queryAs(Label.class).getText()));
        assertEquals(Icons.listen().getIconCode(), fx(() -> ActionButtons.glyphOf(tab.view().listenPane().listenButton())));
        FxThread.awaitEnd(listener.get(0));
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertEquals(port, again.getLocalPort());
        }
        assertEquals(listenersBefore, FxThread.threadsNamed("udp-listener-").size());
        assertFalse(fx(() -> lookup("#udpListenPort").query().isDisabled()));
    }

    @Test
    void theWarningShowsWhenTheListenerWouldBeReachableFromTheNetwork() throws Exception {
        Node warning = fx(() -> lookup("#udpExposedWarning").query());
        assertFalse(fx(warning::isVisible));
        type("#udpListenAddress", "0.0.0.0");
        assertTrue(fx(warning::isVisible));
        assertEquals("Reachable from the network: other machines can send to this port.", fx(() -> ((Label) warning).getText()));
        type("#udpListenAddress", "::1");
        assertFalse(fx(warning::isVisible));
    }

    @Test
    void mnemonicsMoveTheFocusToTheirFieldsAndDoNothingElse() throws Exception {
        clickOn("#udpPayload");
        press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        await(() -> lookup("#udpListenPort").query().isFocused());
        press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        await(() -> lookup("#udpSendPort").query().isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        // A caption's mnemonic fires an action at its field: it must not start the listener or send.
        assertFalse(fx(() -> tab.model().listen().isActive()));
        assertFalse(fx(() -> tab.model().send().sendingProperty().get()));
        assertEquals(List.of(), logRows());

        press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        await(() -> lookup("#udpAsFastAsPossible").query().isFocused());
        type(KeyCode.SPACE);
        await(() -> tab.model().send().asFastAsPossibleProperty().get());
    }

    @Test
    void everyControlHasAnIdATooltipAndAnAccessibleText() throws Exception {
        List<Control> controls = fx(() -> lookup(".udp-card").queryAll().stream()
                .flatMap(card -> card.lookupAll("*").stream())
                .filter(n -> n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase)
                .filter(n -> !(n.getParent() instanceof ComboBoxBase) && !isComboEditor(n))
                .map(n -> (Control) n)
                .distinct()
                .toList());
        assertTrue(controls.size() >= 20, "found " + controls.size());
        for (Control control : controls) {
            String name = fx(control::toString);
            assertNotNull(fx(control::getId), name);
            assertTrue(fx(() -> control.getId().startsWith("udp")), name);
            assertNotNull(fx(control::getTooltip), control.getId() + " has no tooltip");
            assertFalse(fx(() -> control.getAccessibleText() == null || control.getAccessibleText().isBlank()),
                    control.getId() + " has no accessible text");
        }
    }

    private static boolean isComboEditor(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase) {
                return true;
            }
        }
        return false;
    }

    private static ValidatedField<?> validatedFieldOf(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ValidatedField<?> field) {
                return field;
            }
        }
        throw new AssertionError(node + " is not in a ValidatedField");
    }
}
