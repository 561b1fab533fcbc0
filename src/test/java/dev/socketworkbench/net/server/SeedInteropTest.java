package dev.socketworkbench.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.tcp.EventRecorder;
import dev.socketworkbench.net.tcp.RunningEngine;
import dev.socketworkbench.net.tcp.TcpClient;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our engines against the Python 3 ports of the seeds (src/test/resources/seeds/tcp), all on 127.0.0.1. */
class SeedInteropTest {

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonSeed.available(), "python3 is not installed");
    }

    @Test
    void tcpClientChatsWithMThreadserverPy() throws Exception {
        try (PythonSeed seed = PythonSeed.start("MThreadserver.py", "0")) {
            int port = seed.awaitPort();
            EventRecorder events = new EventRecorder();
            TcpClient client = new TcpClient(TcpClientSettings.tcp("127.0.0.1", port).withDisconnectAfterBye(true), events);
            RunningEngine running = RunningEngine.start("client", client);
            client.connected().get(20, TimeUnit.SECONDS);
            client.send("Hey this is client x".getBytes(StandardCharsets.UTF_8));
            events.awaitReceivedBytes(20);
            assertEquals("Hey this is client x", new String(events.bytes(Direction.RECEIVED), StandardCharsets.UTF_8));
            client.send("bye".getBytes(StandardCharsets.UTF_8));
            running.awaitNormalEnd();
            seed.awaitLine(l -> l.equals("from client Hey this is client x"));
            seed.awaitLine(l -> l.endsWith(" disconnected..."));
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void client1PyChatsWithOurEchoServer() throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.ECHO), events);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            int port = server.listening().get(20, TimeUnit.SECONDS).getPort();
            try (PythonSeed seed = PythonSeed.start("client1.py", Integer.toString(port), "line one", "line two")) {
                assertEquals(0, seed.awaitExit(), seed.output());
                assertEquals(List.of("From Server : This is from Client", "From Server : line one", "From Server : line two"),
                        seed.output().lines().toList());
            }
            events.awaitMessage(Direction.INFO, "closed: the server said its last word");
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void clientListPyParsesOurServersJsonEvenPastTheSeeds1024Bytes() throws Exception {
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.CLIENT_LIST), new EventRecorder());
        try (RunningEngine running = RunningEngine.start("server", server)) {
            int port = server.listening().get(20, TimeUnit.SECONDS).getPort();
            DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", port, ServerProtocol.CLIENT_LIST, 40), new EventRecorder());
            RunningEngine.start("demo", demo).awaitNormalEnd();
            try (PythonSeed seed = PythonSeed.start("client_list.py", Integer.toString(port), "name1")) {
                assertEquals(0, seed.awaitExit(), seed.output());
                String printed = seed.output();
                assertTrue(printed.contains("\n    \"name1\": {\n"), "pretty-printed with indent=4:\n" + printed);
                JsonNode list = new ObjectMapper().readTree(printed);
                assertEquals(41, list.size());
                assertEquals("127.0.0.1", list.get("name1").get("address").asText());
                assertTrue(list.get("name1").get("port").isInt());
                assertTrue(printed.length() > 1024);
            }
        }
    }

    @Test
    void demoClientsJoinClientListPysServer() throws Exception {
        try (PythonSeed seed = PythonSeed.start("client_list.py", "--server", "0")) {
            int port = seed.awaitPort();
            EventRecorder events = new EventRecorder();
            DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", port, ServerProtocol.CLIENT_LIST, 20)
                    .withConcurrency(1), events);
            RunningEngine.start("demo", demo).awaitNormalEnd();
            assertEquals(20, demo.succeeded(), events.dump());
            events.awaitMessage(Direction.RECEIVED, "client-20: list of 20 clients");
        }
    }
}
