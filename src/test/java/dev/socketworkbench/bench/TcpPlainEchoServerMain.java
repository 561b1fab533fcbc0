package dev.socketworkbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reference point for the echo benchmark, not part of the app: the least a thread-per-connection echo
 * server on java.net.Socket can do (accept, then read into one reused 2,048-byte buffer and write it
 * back), with no registry, protocol, events or copies. The gap between it and Netty is what blocking
 * sockets on (virtual) threads cost in the JDK; the gap between it and {@link TcpThreadedEchoServerMain}
 * is what our engine adds. Not a test.
 * <pre>
 * java -cp ... dev.socketworkbench.bench.TcpPlainEchoServerMain virtual|platform [port=0]
 * </pre>
 * Prints {@code LISTENING port}, then answers {@code stats} and {@code quit} on stdin (see {@link TcpBenchControl}).
 */
public final class TcpPlainEchoServerMain {
    private TcpPlainEchoServerMain() { }

    public static void main(String[] args) throws Exception {
        boolean virtual = args[0].toLowerCase(Locale.ROOT).equals("virtual");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        AtomicInteger open = new AtomicInteger();
        ServerSocket server = new ServerSocket(port, 128, InetAddress.getByName("127.0.0.1"));
        Thread.Builder builder = virtual ? Thread.ofVirtual().name("plain-echo-", 0)
                : Thread.ofPlatform().daemon(true).name("plain-echo-", 0);
        Thread acceptor = Thread.ofPlatform().daemon(true).name("plain-echo-accept").start(() -> {
            while (true) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    return; // closed by quit
                }
                builder.start(() -> echo(socket, open));
            }
        });
        System.out.println("LISTENING " + server.getLocalPort());
        System.out.flush();
        TcpBenchControl.serve("plain-" + (virtual ? "virtual" : "platform"), open::get, () -> {
            try {
                server.close();
                acceptor.join(5_000);
            } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void echo(Socket socket, AtomicInteger open) {
        open.incrementAndGet();
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[2048];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The client left; nothing to report in a benchmark.
        } finally {
            open.decrementAndGet();
        }
    }
}
