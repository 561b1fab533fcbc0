package dev.socketworkbench.net.udp;

import dev.socketworkbench.net.event.EventSink;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Locale;

/**
 * Measures UdpSender alone: 64-byte datagrams to a loopback socket that never reads (the kernel drops what
 * does not fit), with the discarding sink. Not a test, so no timing assertion runs in the build. Run with:
 * {@code java -cp target/classes:target/test-classes dev.socketworkbench.net.udp.UdpSenderBenchmark [count]}
 */
public final class UdpSenderBenchmark {
    private UdpSenderBenchmark() { }

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        try (DatagramChannel sink = DatagramChannel.open(StandardProtocolFamily.INET)) {
            sink.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) sink.getLocalAddress()).getPort();
            for (int round = 1; round <= 3; round++) {   // the first round warms up the JIT
                UdpSender sender = new UdpSender(UdpSenderSettings.to("127.0.0.1", port, new byte[64]).withCount(count), EventSink.DISCARD);
                sender.run();
                SendSummary s = sender.summary();
                System.out.printf(Locale.ROOT, "round %d: %,d datagrams in %.3f s = %,.0f datagrams/s%n",
                        round, s.sent(), s.nanos() / 1e9, s.ratePerSecond());
            }
        }
    }
}
