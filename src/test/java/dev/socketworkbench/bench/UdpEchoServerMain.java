package dev.socketworkbench.bench;

import dev.socketworkbench.net.udp.ReplyMode;
import dev.socketworkbench.net.udp.UdpListener;
import dev.socketworkbench.net.udp.UdpListenerSettings;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Our UdpListener in ECHO mode as a stand-alone server for the UDP echo benchmark (src/bench/udp/run.sh): the
 * real engine on 127.0.0.1, on its own named thread as the UI and CLI run it, reporting to the chosen sink.
 * Prints {@code ready <port>} once bound and the sink's totals when it ends. Not a test.
 *
 * <p>usage: {@code UdpEchoServerMain SINK [PORT] [MAX_SECONDS]} with SINK discard, count or queue (see
 * {@link TotallingSink#named}); PORT 0 (default) picks a free port; it stops by itself after MAX_SECONDS
 * (default 900) or on SIGTERM.
 */
public final class UdpEchoServerMain {
    private UdpEchoServerMain() { }

    public static void main(String[] args) throws Exception {
        String sinkName = args.length > 0 ? args[0] : "discard";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long maxSeconds = args.length > 2 ? Long.parseLong(args[2]) : 900;
        TotallingSink sink = TotallingSink.named(sinkName);
        UdpListener listener = new UdpListener(UdpListenerSettings.on("127.0.0.1", port).withReplyMode(ReplyMode.ECHO), sink);
        Thread engine = Thread.ofPlatform().name(listener.threadName()).start(() -> {
            try {
                listener.run();
            } catch (Exception e) {
                System.err.println("listener failed: " + e.getMessage());
            }
        });
        // SIGTERM from the script: close the socket, let run() return, then report what the sink saw.
        Thread shutdown = Thread.ofPlatform().name("bench-shutdown").unstarted(() -> {
            listener.close();
            try {
                engine.join(TimeUnit.SECONDS.toMillis(5));
                System.out.println("totals " + sinkName + " " + sink.finish());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.flush();
        });
        Runtime.getRuntime().addShutdownHook(shutdown);
        InetSocketAddress at = listener.bound().get(30, TimeUnit.SECONDS);
        System.out.println("ready " + at.getPort());
        System.out.flush();
        engine.join(TimeUnit.SECONDS.toMillis(maxSeconds));
        System.exit(0);   // runs the hook: the bound on time is reached
    }
}
