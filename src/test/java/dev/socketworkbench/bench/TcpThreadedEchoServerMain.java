package dev.socketworkbench.bench;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.server.ServerProtocol;
import dev.socketworkbench.net.server.ThreadKind;
import dev.socketworkbench.net.server.ThreadedServer;
import dev.socketworkbench.net.server.ThreadedServerSettings;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Our {@link ThreadedServer} with the echo protocol on 127.0.0.1, for src/bench/tcp/run.sh: one
 * platform or virtual thread per connection, events dropped ({@link EventSink#DISCARD}) so the engine
 * alone is measured. Not a test.
 * <pre>
 * java -cp ... dev.socketworkbench.bench.TcpThreadedEchoServerMain virtual|platform [port=0] [maxConnections=10000]
 * </pre>
 * Prints {@code LISTENING port}, then answers {@code stats} and {@code quit} on stdin (see {@link TcpBenchControl}).
 */
public final class TcpThreadedEchoServerMain {
    private TcpThreadedEchoServerMain() { }

    public static void main(String[] args) throws Exception {
        ThreadKind kind = ThreadKind.valueOf(args[0].toUpperCase(Locale.ROOT));
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int max = args.length > 2 ? Integer.parseInt(args[2]) : ThreadedServerSettings.DEFAULT_MAX_CONNECTIONS;
        ThreadedServerSettings settings = ThreadedServerSettings.of(port, ServerProtocol.ECHO)
                .withThreadKind(kind).withMaxConnections(max);
        ThreadedServer server = new ThreadedServer(settings, EventSink.DISCARD);
        Thread runner = Thread.ofPlatform().name("bench-threaded-server").start(() -> {
            try {
                server.run();
            } catch (Exception e) {
                System.err.println("server stopped: " + e.getMessage());
            }
        });
        InetSocketAddress bound = server.listening().get(10, TimeUnit.SECONDS);
        System.out.println("LISTENING " + bound.getPort());
        System.out.flush();
        String name = "threaded-" + kind.name().toLowerCase(Locale.ROOT);
        TcpBenchControl.serve(name, () -> server.registry().size(), () -> {
            server.close();
            try {
                runner.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
