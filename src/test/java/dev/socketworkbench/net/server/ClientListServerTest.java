package dev.socketworkbench.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.tcp.Await;
import dev.socketworkbench.net.tcp.EventRecorder;
import dev.socketworkbench.net.tcp.RunningEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** client_list.py's server, on loopback: names in, the whole JSON list out, bad names turned away. */
class ClientListServerTest {
    private final ObjectMapper json = new ObjectMapper();

    /** Sends {@code name} the way client_list.py -c does and reads the reply until the server closes. */
    private static byte[] join(InetSocketAddress server, byte[] name, int[] localPort) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(server, 20_000);
            s.setSoTimeout(20_000);
            localPort[0] = s.getLocalPort();
            s.getOutputStream().write(name);
            return s.getInputStream().readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void recordsEachClientAndRepliesWithTheWholeList(String loopback) throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.CLIENT_LIST).withBindHost(loopback), events);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            InetSocketAddress address = server.listening().get(20, TimeUnit.SECONDS);
            int[] port = new int[1];
            JsonNode first = json.readTree(join(address, "name1".getBytes(StandardCharsets.UTF_8), port));
            assertEquals(json.readTree("{\"name1\":{\"name\":\"name1\",\"address\":\"" + loopback + "\",\"port\":" + port[0] + "}}"), first);
            int firstPort = port[0];
            JsonNode second = json.readTree(join(address, "Zoë\n".getBytes(StandardCharsets.UTF_8), port));
            assertEquals(List.of("name1", "Zoë"), iterate(second.fieldNames()));
            assertEquals(firstPort, second.get("name1").get("port").asInt());
            assertEquals(port[0], second.get("Zoë").get("port").asInt());
            assertEquals(2, server.clientDirectory().size());
            Await.until(() -> server.registry().size() == 0, "both connections closed");
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @Test
    void aOneMegabyteNameGetsAnErrorAndTheServerCarriesOn() throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.CLIENT_LIST), events);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            InetSocketAddress address = server.listening().get(20, TimeUnit.SECONDS);
            byte[] huge = new byte[1 << 20];
            Arrays.fill(huge, (byte) 'n');
            JsonNode reply = json.readTree(join(address, huge, new int[1]));
            assertEquals("The name is longer than 1024 bytes; send a shorter name.", reply.get("error").asText());
            assertEquals(0, server.clientDirectory().size());

            JsonNode next = json.readTree(join(address, "after".getBytes(StandardCharsets.UTF_8), new int[1]));
            assertEquals(List.of("after"), iterate(next.fieldNames()));
            assertTrue(events.errors().isEmpty(), events.dump());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff fe fd 00 81", "00 01 02 03 7f", ""})
    void binaryJunkOrAnEmptyNameGetsAnError(String hex) throws Exception {
        EventRecorder events = new EventRecorder();
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.CLIENT_LIST), events);
        try (RunningEngine running = RunningEngine.start("server", server)) {
            InetSocketAddress address = server.listening().get(20, TimeUnit.SECONDS);
            byte[] junk = hex.isEmpty() ? "\r\n".getBytes(StandardCharsets.US_ASCII)
                    : java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
            String error = json.readTree(join(address, junk, new int[1])).get("error").asText();
            assertTrue(error.equals("The name is not valid UTF-8 text, which looks like binary data; send the name as plain text.")
                    || error.equals("The name contains control characters, which looks like binary data; send the name as plain text.")
                    || error.equals("The name is empty; send a name such as name1."), error);
            assertEquals(hex.startsWith("ff") ? "The name is not valid UTF-8 text, which looks like binary data; send the name as plain text."
                    : hex.isEmpty() ? "The name is empty; send a name such as name1."
                    : "The name contains control characters, which looks like binary data; send the name as plain text.", error);
            assertEquals(0, server.clientDirectory().size());
        }
    }

    /** 500 demo clients, one after another then 50 at a time: the list comes back whole, 500 entries. */
    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void fiveHundredClientsGetTheWholeList(int concurrency) throws Exception {
        ThreadedServer server = new ThreadedServer(ThreadedServerSettings.of(0, ServerProtocol.CLIENT_LIST)
                .withThreadKind(concurrency == 1 ? ThreadKind.PLATFORM : ThreadKind.VIRTUAL), new EventRecorder());
        try (RunningEngine running = RunningEngine.start("server", server)) {
            int port = server.listening().get(20, TimeUnit.SECONDS).getPort();
            EventRecorder events = new EventRecorder();
            DemoClients demo = new DemoClients(DemoClientsSettings.of("127.0.0.1", port, ServerProtocol.CLIENT_LIST, 500)
                    .withConcurrency(concurrency), events);
            RunningEngine.start("demo", demo).awaitNormalEnd();
            assertEquals(500, demo.succeeded(), events.dump());
            assertEquals(0, demo.failed());

            List<NetEvent> replies = events.matching(e -> e.direction() == Direction.RECEIVED);
            assertEquals(500, replies.size());
            JsonNode biggest = null;
            for (NetEvent reply : replies) {
                JsonNode list = json.readTree(reply.payload()); // each one is complete, valid JSON
                if (biggest == null || list.size() > biggest.size()) {
                    biggest = list;
                }
            }
            if (concurrency == 1) {
                biggest = json.readTree(replies.getLast().payload());
                assertTrue(replies.getLast().message().equals("client-500: list of 500 clients"));
            }
            assertEquals(500, biggest.size());
            assertTrue(json.writeValueAsBytes(biggest).length > 1024 * 20, "far beyond the seed's 1,024 bytes");
            for (int i = 1; i <= 500; i++) {
                assertEquals("client-" + i, biggest.get("client-" + i).get("name").asText());
            }
            assertEquals(500, server.clientDirectory().size());
        }
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
