package dev.socketworkbench.bench;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.udp.SendSummary;
import dev.socketworkbench.net.udp.UdpSender;
import dev.socketworkbench.net.udp.UdpSenderSettings;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Locale;

/**
 * Measures UdpSender's send rate for the UDP send benchmark (src/bench/udp/run.sh): COUNT datagrams of 64 bytes,
 * as fast as possible, to 127.0.0.1:PORT, reporting to the chosen sink. Before the measured run it warms the JIT
 * up with WARMUP datagrams to a socket of its own that never reads (the kernel drops them), so the receiver
 * at PORT counts only the measured datagrams. Prints {@code sent <n> seconds <s> rate <r> errors <e> cpu <s>} like
 * flood_sender.c, where cpu is the whole JVM's CPU time during the measured run (sending thread, sink's drain
 * thread, GC, JIT), then the sending thread's own CPU time and the sink's totals. Not a test.
 *
 * <p>usage: {@code UdpSendRateMain PORT COUNT SINK [WARMUP]} with SINK discard, count or queue;
 * PORT 0 sends to the never-reading socket too (the engine alone, no receiver). Such a flood goes out in sendmmsg
 * batches on Linux; {@code -Dsocketworkbench.udp.sendmmsg=false} (UdpSender.BATCHING_PROPERTY) measures the
 * one-write-per-datagram path instead.
 */
public final class UdpSendRateMain {
    private static final int SIZE = 64;

    private UdpSendRateMain() { }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long count = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
        String sinkName = args.length > 2 ? args[2] : "discard";
        long warmup = args.length > 3 ? Long.parseLong(args[3]) : 500_000;
        try (DatagramChannel nowhere = DatagramChannel.open(StandardProtocolFamily.INET)) {
            nowhere.bind(new InetSocketAddress("127.0.0.1", 0));
            int nowherePort = ((InetSocketAddress) nowhere.getLocalAddress()).getPort();
            if (warmup > 0) {
                TotallingSink warm = TotallingSink.named(sinkName);
                send(nowherePort, warmup, warm);
                warm.finish();
            }
            TotallingSink sink = TotallingSink.named(sinkName);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long processBefore = process.getProcessCpuTime();
            long threadBefore = threads.getCurrentThreadCpuTime();   // the sender runs on this thread
            SendSummary s = send(port == 0 ? nowherePort : port, count, sink);
            long threadNanos = threads.getCurrentThreadCpuTime() - threadBefore;
            long processNanos = process.getProcessCpuTime() - processBefore;
            String totals = sink.finish();
            System.out.printf(Locale.ROOT, "sent %d seconds %.3f rate %.0f errors %d cpu %.3f%n",
                    s.sent(), s.nanos() / 1e9, s.ratePerSecond(), s.unreachable(), processNanos / 1e9);
            System.out.printf(Locale.ROOT, "sending thread cpu %.3f%n", threadNanos / 1e9);
            System.out.println("totals " + sinkName + " " + totals);
        }
    }

    private static SendSummary send(int port, long count, TotallingSink sink) {
        UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", port, new byte[SIZE]).withCount(count), sink);
        try {
            sender.run();
        } catch (EngineException e) {
            System.err.println(e.getMessage());   // e.g. nothing listening: the receiver is gone
            System.exit(1);
        }
        return sender.summary();
    }
}
