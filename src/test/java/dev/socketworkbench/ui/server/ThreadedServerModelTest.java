package dev.socketworkbench.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadKind;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.StatusLine;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tab's model without a window: defaults, checks as you type, the settings it builds, remembered fields. */
class ThreadedServerModelTest {
    private final ThreadedServerModel model = new ThreadedServerModel(new EngineRunner(), new StatusLine(), EventSink.DISCARD);

    private boolean canStart() {
        return model.canStartProperty().get();
    }

    @Test
    void defaultsAreTheIssuesAndStartIsAllowed() throws Exception {
        assertEquals("127.0.0.1", model.bindHostProperty().get());
        assertEquals("8080", model.portProperty().get());
        assertEquals(ServerProtocol.ECHO, model.protocolProperty().get());
        assertEquals(ThreadKind.PLATFORM, model.threadKindProperty().get());
        assertEquals("10000", model.maxConnectionsProperty().get());
        assertFalse(model.idleTimeoutOnProperty().get(), "the idle timeout is off by default");
        assertEquals("1024", model.maxNameBytesProperty().get());
        assertEquals("50", model.demoClientsProperty().get());
        for (var error : new javafx.beans.value.ObservableStringValue[] {model.bindHostError(), model.portError(),
                model.greetingError(), model.maxConnectionsError(), model.idleTimeoutError(), model.maxNameBytesError(),
                model.demoClientsError(), model.bindHostNote()}) {
            assertEquals("", error.get());
        }
        assertTrue(canStart());
        assertFalse(model.canLaunchDemoProperty().get(), "demo clients need a listening server");
        assertEquals("Not running", model.listeningOnProperty().get());
        assertEquals(ThreadedServerSettings.of(8080, ServerProtocol.ECHO), model.settings());
    }

    @Test
    void portIsCheckedAsYouType() {
        model.portProperty().set("70000");
        assertEquals("The port 70000 is outside 0-65535; ports are 16-bit numbers and 0 is reserved.", model.portError().get());
        assertFalse(canStart());
        model.portProperty().set("80a");
        assertEquals("The port \"80a\" is not a number; type a number from 0-65535.", model.portError().get());
        model.portProperty().set("");
        assertEquals("The port is empty; type a number from 0-65535.", model.portError().get());
        assertThrows(InvalidInputException.class, model::settings);
        model.portProperty().set(" 0 ");
        assertEquals("", model.portError().get(), "0 lets the system pick a free port");
        assertTrue(canStart());
    }

    @Test
    void bindAddressMustBeOneHostAndAWildcardGetsANote() {
        model.bindHostProperty().set("");
        assertEquals("The host is empty; type a name such as localhost or an address such as 127.0.0.1 or ::1.",
                model.bindHostError().get());
        assertFalse(canStart());
        model.bindHostProperty().set("127.0.0.1 ::1");
        assertTrue(model.bindHostError().get().contains("contains spaces"), model.bindHostError().get());

        String everyInterface = "Listening on every interface: other machines on your network can connect to this server.";
        for (String wildcard : new String[] {"0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0"}) {
            model.bindHostProperty().set(wildcard);
            assertEquals("", model.bindHostError().get());
            assertEquals(everyInterface, model.bindHostNote().get(), wildcard);
        }
        model.bindHostProperty().set("192.168.1.20");
        assertEquals("This address is reachable from the network: other machines may connect to this server.",
                model.bindHostNote().get());
        for (String local : new String[] {"127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost", "example.invalid", "999.1.1.1"}) {
            model.bindHostProperty().set(local);
            assertEquals("", model.bindHostNote().get(), local);
        }
        assertTrue(canStart());
    }

    @Test
    void greetingMattersOnlyForTheGreetingProtocolAndTakesEscapes() throws Exception {
        model.greetingProperty().set("");
        assertEquals("", model.greetingError().get(), "the echo server does not use the greeting");
        assertTrue(canStart());
        model.protocolProperty().set(ServerProtocol.GREETING);
        assertEquals("The greeting is empty; type what the server says to each client, for example Thank you for connecting\\r\\n.",
                model.greetingError().get());
        assertFalse(canStart());
        model.greetingProperty().set("Bad \\q");
        assertFalse(model.greetingError().get().isEmpty());
        model.greetingProperty().set("\\xff");
        assertEquals("The greeting's \\x bytes are not valid UTF-8, which the server sends; type the characters themselves instead.",
                model.greetingError().get());
        model.greetingProperty().set("Hi\\tthere\\r\\n");
        assertEquals("", model.greetingError().get());
        assertEquals("Hi\tthere\r\n", model.settings().greeting());
        model.greetingProperty().set(ThreadedServerModel.DEFAULT_GREETING);
        assertEquals(ThreadedServerSettings.DEFAULT_GREETING, model.settings().greeting());
    }

    @Test
    void idleTimeoutIsCheckedOnlyWhenOn() throws Exception {
        model.idleTimeoutMillisProperty().set("soon");
        assertEquals("", model.idleTimeoutError().get());
        assertEquals(0, model.settings().idleTimeoutMillis(), "off means 0 for the engine");
        model.idleTimeoutOnProperty().set(true);
        assertEquals("The idle timeout \"soon\" is not a whole number; type a whole number from 1 to 2,147,483,647.",
                model.idleTimeoutError().get());
        assertFalse(canStart());
        model.idleTimeoutMillisProperty().set("0");
        assertEquals("The idle timeout 0 is less than 1; type a whole number from 1 to 2,147,483,647.", model.idleTimeoutError().get());
        model.idleTimeoutMillisProperty().set("99999999999999");
        assertEquals("The idle timeout 99,999,999,999,999 is more than 2,147,483,647; type a whole number from 1 to 2,147,483,647.", model.idleTimeoutError().get());
        model.idleTimeoutMillisProperty().set("1,500");
        assertEquals("", model.idleTimeoutError().get());
        assertEquals(1500, model.settings().idleTimeoutMillis());
    }

    @Test
    void connectionLimitAndNameLengthAreBounded() throws Exception {
        model.maxConnectionsProperty().set("0");
        assertEquals("The connection limit 0 is less than 1; type a whole number from 1 to 1,000,000.", model.maxConnectionsError().get());
        assertFalse(canStart());
        model.maxConnectionsProperty().set("2");
        assertTrue(canStart());

        model.maxNameBytesProperty().set("2000000");
        assertEquals("", model.maxNameBytesError().get(), "only the client list reads names");
        model.protocolProperty().set(ServerProtocol.CLIENT_LIST);
        assertEquals("The longest name 2,000,000 is more than 1,048,576; type a whole number from 1 to 1,048,576.", model.maxNameBytesError().get());
        assertFalse(canStart());
        model.maxNameBytesProperty().set("64");
        ThreadedServerSettings settings = model.settings();
        assertEquals(2, settings.maxConnections());
        assertEquals(64, settings.maxNameBytes());
        assertEquals(ServerProtocol.CLIENT_LIST, settings.protocol());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "many", ""})
    void demoClientCountIsOneToAThousand(String count) {
        model.demoClientsProperty().set(count);
        assertFalse(model.demoClientsError().get().isEmpty(), count);
        assertTrue(model.demoClientsError().get().startsWith("The number of demo clients "), model.demoClientsError().get());
        assertTrue(canStart(), "the demo count never holds the server back");
    }

    @Test
    void demoClientsAtTheLimitsAreFine() {
        for (String count : new String[] {"1", "1000"}) {
            model.demoClientsProperty().set(count);
            assertEquals("", model.demoClientsError().get());
        }
    }

    @Test
    void fieldsAreRememberedUnderServerKeys() {
        FieldMemory memory = new FieldMemory(Map.of("server.port", "9000", "server.protocol", "CLIENT_LIST",
                "server.threads", "VIRTUAL", "server.idleTimeout.on", "true", "server.demo.clients", "200",
                "server.bind", "::1"));
        model.remember(memory);
        assertEquals("9000", model.portProperty().get());
        assertEquals(ServerProtocol.CLIENT_LIST, model.protocolProperty().get());
        assertEquals(ThreadKind.VIRTUAL, model.threadKindProperty().get());
        assertTrue(model.idleTimeoutOnProperty().get());
        assertEquals("200", model.demoClientsProperty().get());
        assertEquals("::1", model.bindHostProperty().get());
        model.maxConnectionsProperty().set("500");
        Map<String, String> saved = memory.capture();
        assertEquals("500", saved.get("server.maxConnections"));
        assertEquals(java.util.Set.of("server.bind", "server.port", "server.protocol", "server.greeting", "server.threads",
                "server.maxConnections", "server.idleTimeout.on", "server.idleTimeout.ms", "server.maxNameBytes",
                "server.demo.clients"), saved.keySet());
    }

    @Test
    void demoClientsConnectToLoopbackWhenTheServerListensEverywhere() throws Exception {
        assertEquals("127.0.0.1", ThreadedServerModel.clientHost(InetAddress.getByName("0.0.0.0")));
        assertEquals("::1", ThreadedServerModel.clientHost(InetAddress.getByName("::")));
        assertEquals("127.0.0.1", ThreadedServerModel.clientHost(InetAddress.getByName("127.0.0.1")));
        assertEquals("::1", ThreadedServerModel.clientHost(InetAddress.getByName("::1")));
    }

    @Test
    void commandsDoNothingWhileNoServerRuns() {
        assertFalse(model.launchDemo());
        assertEquals(0, model.disconnect(java.util.List.of(1L, 2L)));
        model.stop();
        model.cancelDemo();
        assertFalse(model.serverRunningProperty().get());
    }
}
