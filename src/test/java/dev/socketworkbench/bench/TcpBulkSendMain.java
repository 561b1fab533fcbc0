package dev.socketworkbench.bench;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.tcp.TcpClient;
import dev.socketworkbench.net.tcp.TcpClientSettings;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bulk send on loopback to a discard server (src/bench/tcp/bulk_sink.c): {@link TcpClient#send} of large
 * payloads, bounded by a byte total and a time limit, against the same loop on a bare blocking
 * {@link SocketChannel} (from a heap buffer, and from a direct one) as the baselines the client's own work
 * is measured against. The client reports through a sink that only counts its SENT events, so building
 * them is measured but no log keeps them. Not a test.
 * <pre>
 * java -cp ... dev.socketworkbench.bench.TcpBulkSendMain client|channel|direct PORT [totalMiB=4096] [maxSeconds=20] [payloadKiB=1024]
 * </pre>
 * Prints {@code BULK mode=... bytes=... seconds=... gbps=... sends=... cpuMsPerGB=... [sentEvents=... sentEventMiB=...]}.
 * GB is 10^9 bytes; the time runs from the first send until the sink has read everything and closed;
 * cpuMsPerGB is this JVM's CPU time (all threads, user and system, which on loopback includes the kernel's
 * delivery to the sink's socket) per GB sent, and unlike GB/s hardly depends on what else the machine does.
 */
public final class TcpBulkSendMain {
    private TcpBulkSendMain() { }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        long total = (args.length > 2 ? Long.parseLong(args[2]) : 4096) << 20;
        long maxNanos = TimeUnit.SECONDS.toNanos(args.length > 3 ? Long.parseLong(args[3]) : 20);
        int payloadBytes = (args.length > 4 ? Integer.parseInt(args[4]) : 1024) << 10;
        byte[] payload = new byte[payloadBytes];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) ('a' + i % 26);
        }
        String line = switch (mode) {
            case "client" -> viaClient(port, payload, total, maxNanos);
            case "channel" -> viaChannel(port, ByteBuffer.wrap(payload), "channel", total, maxNanos);
            case "direct" -> viaChannel(port, ByteBuffer.allocateDirect(payload.length).put(payload), "direct", total, maxNanos);
            default -> throw new IllegalArgumentException("mode is client, channel or direct, not " + mode);
        };
        System.out.println(line);
    }

    /** Through the engine: TcpClient.run() on its own thread, send() from this one, as the TCP tab does. */
    private static String viaClient(int port, byte[] payload, long total, long maxNanos) throws Exception {
        LongAdder sentEvents = new LongAdder();
        LongAdder sentEventBytes = new LongAdder();
        EventSink counting = event -> {
            if (event.direction() == Direction.SENT) {
                sentEvents.increment();
                sentEventBytes.add(event.payload().length);
            } else if (event.direction() == Direction.ERROR) {
                System.err.println("client error: " + event.message());
            }
        };
        TcpClient client = new TcpClient(TcpClientSettings.tcp("127.0.0.1", port), counting);
        Thread runner = Thread.ofPlatform().name("bench-tcp-client").start(() -> {
            try {
                client.run();
            } catch (Exception e) {
                System.err.println("client stopped: " + e.getMessage());
            }
        });
        client.connected().get(10, TimeUnit.SECONDS);
        long sent = 0;
        long sends = 0;
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        while (sent < total && System.nanoTime() - start < maxNanos) {
            if (!client.send(payload)) {
                break;
            }
            sent += payload.length;
            sends++;
        }
        client.shutdownOutput();
        runner.join(TimeUnit.SECONDS.toMillis(30)); // run() returns when the sink has read all and closed
        long nanos = System.nanoTime() - start;
        long cpu = cpuNanos() - cpuStart;
        client.close();
        return line("client", sent, nanos, sends, cpu) + " sentEvents=" + sentEvents.sum()
                + " sentEventMiB=" + (sentEventBytes.sum() >> 20);
    }

    /**
     * The baselines: a blocking SocketChannel writing the same buffer again and again, no events. From a heap
     * buffer ("channel") the JDK copies each write into a temporary direct buffer first; from a direct buffer
     * ("direct") the kernel reads it in place.
     */
    private static String viaChannel(int port, ByteBuffer buffer, String mode, long total, long maxNanos)
            throws Exception {
        int payloadBytes = buffer.capacity();
        long sent = 0;
        long sends = 0;
        long start;
        long cpuStart = cpuNanos();
        try (SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            start = System.nanoTime();
            while (sent < total && System.nanoTime() - start < maxNanos) {
                buffer.clear();
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                sent += payloadBytes;
                sends++;
            }
            ch.shutdownOutput();
            ch.read(ByteBuffer.allocate(1)); // end-of-stream once the sink has read all and closed
        }
        return line(mode, sent, System.nanoTime() - start, sends, cpuNanos() - cpuStart);
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String line(String mode, long bytes, long nanos, long sends, long cpuNanos) {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "BULK mode=%s bytes=%d seconds=%.3f gbps=%.2f sends=%d cpuMsPerGB=%.0f",
                mode, bytes, seconds, bytes / seconds / 1e9, sends, cpuNanos / 1e6 / (bytes / 1e9));
    }
}
