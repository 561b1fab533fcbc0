package dev.socketworkbench.net.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.NetFailures;
import dev.socketworkbench.net.event.Endpoints;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.input.Hosts;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.tcp.OpenSockets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Starts N clients (1-1000) against a threaded server, to watch it serve many connections at once:
 * echo clients send a line and "bye" (client1.py), client-list clients send the names client-1..N
 * (client_list.py -c -n), greeting clients just read. They run on a pool of named threads that is
 * shut down at the end; {@link #close()} cancels them all.
 */
public final class DemoClients implements Engine {
    private static final String SOURCE = "demo-clients";
    /** The most a demo client reads as one reply; a 1000-client list is about 70 KB. */
    private static final int MAX_REPLY_BYTES = 64 << 20;

    private final DemoClientsSettings settings;
    private final EventSink sink;
    private final OpenSockets sockets = new OpenSockets();
    private final CompletableFuture<Void> cancelled = new CompletableFuture<>();
    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    public DemoClients(DemoClientsSettings settings, EventSink sink) {
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void run() throws EngineException {
        InetSocketAddress target = target();
        String remote = Endpoints.format(target);
        sink.publish(NetEvent.info(SOURCE, "", remote, "Starting " + settings.clients() + " " + kind() + " clients against "
                + remote + ", " + settings.concurrency() + " at a time"));
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(),
                Thread.ofPlatform().name("demo-client-", 1).daemon(true).factory());
        try {
            CompletableFuture<?>[] clients = IntStream.rangeClosed(1, settings.clients())
                    .mapToObj(i -> CompletableFuture.runAsync(() -> runClient("client-" + i, target), pool))
                    .toArray(CompletableFuture<?>[]::new);
            CompletableFuture.anyOf(CompletableFuture.allOf(clients), cancelled).join();
        } finally {
            sockets.closeAll();
            pool.shutdownNow();
            awaitQuietly(pool);
        }
        String tally = succeeded.get() + " succeeded, " + failed.get() + " failed";
        sink.publish(NetEvent.info(SOURCE, "", remote, cancelled.isDone()
                ? "Cancelled: " + tally + ", " + (settings.clients() - succeeded.get() - failed.get()) + " did not finish"
                : "All " + settings.clients() + " clients done: " + tally));
    }

    /** Cancels every client: open connections are closed and clients not yet started never start. */
    @Override
    public void close() {
        cancelled.complete(null);
        sockets.closeAll();
    }

    public int succeeded() {
        return succeeded.get();
    }

    public int failed() {
        return failed.get();
    }

    private InetSocketAddress target() throws EngineException {
        try {
            settings.validate();
            return new InetSocketAddress(Hosts.resolve("host", settings.host()), settings.port());
        } catch (InvalidInputException e) {
            sink.publish(NetEvent.error(SOURCE, "", "", e.getMessage(), e));
            throw new EngineException(e.getMessage(), e, true);
        }
    }

    private void runClient(String name, InetSocketAddress target) {
        Socket socket = new Socket();
        if (cancelled.isDone() || !sockets.add(socket)) {
            return;
        }
        String remote = Endpoints.format(target);
        boolean connected = false;
        try {
            socket.connect(target, settings.timeoutMillis());
            connected = true;
            socket.setSoTimeout(settings.timeoutMillis());
            Client client = new Client(name, socket, Endpoints.format(socket.getLocalSocketAddress()), remote);
            if (!holdOpen()) {
                return;
            }
            String problem = switch (settings.protocol()) {
                case ECHO -> client.echo();
                case CLIENT_LIST -> client.joinClientList();
                case GREETING -> client.readGreeting();
            };
            if (problem == null) {
                succeeded.incrementAndGet();
            } else {
                failed(name, remote, problem, null);
            }
        } catch (IOException e) {
            if (!cancelled.isDone()) {
                failed(name, remote, connected ? NetFailures.transfer(e, remote)
                        : NetFailures.connect(e, remote, settings.timeoutMillis()), e);
            }
        } finally {
            sockets.close(socket);
        }
    }

    /** Stays connected for the hold time; false when Stop came first. Waits on the cancel signal, so Stop is immediate. */
    private boolean holdOpen() {
        if (settings.holdMillis() == 0) {
            return true;
        }
        try {
            cancelled.get(settings.holdMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | CancellationException e) {
            return false;
        }
    }

    private void failed(String name, String remote, String sentence, Exception cause) {
        failed.incrementAndGet();
        sink.publish(NetEvent.error(SOURCE, "", remote, name + " failed: " + sentence, cause));
    }

    private String kind() {
        return settings.protocol().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One demo client's conversation; each method returns null on success, else what went wrong. */
    private final class Client {
        private final String name;
        private final InputStream in;
        private final OutputStream out;
        private final String local;
        private final String remote;

        Client(String name, Socket socket, String local, String remote) throws IOException {
            this.name = name;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
            this.local = local;
            this.remote = remote;
        }

        /** client1.py: send a line, read it back whole, send "bye", wait for the server to close. */
        String echo() throws IOException {
            byte[] message = (name + ": " + settings.message()).getBytes(StandardCharsets.UTF_8);
            send(message);
            byte[] back = in.readNBytes(message.length);
            received(back, name);
            if (!Arrays.equals(back, message)) {
                return "the echo differed from what it sent (" + back.length + " of " + message.length + " bytes came back).";
            }
            send("bye".getBytes(StandardCharsets.UTF_8));
            return in.read() < 0 ? null : "the server sent more after \"bye\" instead of closing.";
        }

        /** client_list.py -c -n name: send the name, read the whole JSON reply. */
        String joinClientList() throws IOException {
            send(name.getBytes(StandardCharsets.UTF_8));
            byte[] reply = in.readNBytes(MAX_REPLY_BYTES);
            JsonNode list;
            try {
                list = json.readTree(reply);
            } catch (JsonProcessingException e) {
                received(reply, name + ": not JSON");
                return "the reply is not valid JSON: " + e.getOriginalMessage() + ".";
            }
            if (list == null || !list.isObject()) {
                received(reply, name + ": not a JSON object");
                return "the reply is not a JSON object.";
            }
            if (list.has("error")) {
                received(reply, name + " was turned away");
                return "the server answered: " + list.get("error").asText();
            }
            received(reply, name + ": list of " + list.size() + " clients");
            return list.has(name) ? null : "its own name is missing from the list.";
        }

        /** client.py: read what the server says until it closes. */
        String readGreeting() throws IOException {
            byte[] reply = in.readNBytes(MAX_REPLY_BYTES);
            received(reply, name + ": greeting");
            return reply.length > 0 ? null : "the server closed without saying anything.";
        }

        private void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            sink.publish(NetEvent.sent(SOURCE, local, remote, bytes, name));
        }

        private void received(byte[] bytes, String message) {
            sink.publish(NetEvent.received(SOURCE, local, remote, bytes, message));
        }
    }
}
