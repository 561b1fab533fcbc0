package dev.socketworkbench.bench;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.raw.CaptureSummary;
import dev.socketworkbench.net.raw.FrameCapture;
import dev.socketworkbench.net.raw.FrameCaptureSettings;
import dev.socketworkbench.net.raw.FrameSender;
import dev.socketworkbench.net.raw.FrameSenderSettings;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Capture loss on the loopback interface (issue 4: "no frame lost at 100,000 frames/s on lo with a count"):
 * a FrameCapture with a count and an EtherType filter listens on lo, a FrameSender sends that many 60-byte
 * frames of EtherType 0x88b6 (IEEE local experimental) with a payload unique to this run at a fixed rate, and
 * the benchmark counts the RECEIVED events that carry the payload. Rates 100,000, 200,000, 400,000 frames/s
 * and as fast as possible, {@value #ROUNDS} rounds each; the ceiling is the highest rate with no loss in any
 * round. Frames go only to lo. Not a test: nothing here asserts a speed. Needs CAP_NET_RAW. Run with
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/test-classes:target/classes:$(cat cap.classpath) \
 *      dev.socketworkbench.bench.RawCaptureBenchmark [frames per run, default 500000] [rates, default 100000 200000 400000 0]
 * </pre>
 */
public final class RawCaptureBenchmark {
    private static final String LO = "lo";   // network safety: the only interface this benchmark touches
    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final int MAX_COUNT = 5_000_000;
    private static final EtherType EXPERIMENTAL = EtherType.of(0x88b6);
    private static final long[] RATES = {100_000, 200_000, 400_000, 0};
    /** How long the capture may lag behind the sender before the rest counts as lost. */
    private static final long DRAIN_MILLIS = 5_000;
    /** A bound on one send, whatever the rate: count / rate plus this. */
    private static final long SEND_SLACK_MILLIS = 30_000;

    /** One run: what went out, what the capture reported, and how long the sender took. */
    private record Run(long rate, int round, long sent, long captured, long kernelDrops, long sendNanos,
                       long peakQueueBytes, long captureCpuNanos) {
        long lost() {
            return sent - captured;
        }

        double cpuMicrosPerFrame() {
            return captured > 0 ? captureCpuNanos / 1e3 / captured : 0;
        }

        double achievedRate() {
            return sendNanos > 0 ? sent * 1e9 / sendNanos : 0;
        }
    }

    private RawCaptureBenchmark() { }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("frames per run must be 1 to " + MAX_COUNT);
        }
        long[] rates = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToLong(Long::parseLong).toArray() : RATES;
        if (Arrays.stream(rates).anyMatch(r -> r < 0 || r > 10_000_000)) {
            throw new IllegalArgumentException("rates must be 0 (as fast as possible) to 10,000,000 frames/s");
        }
        System.out.println("load average before: " + loadAverage());
        Map<Long, List<Run>> runs = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {   // interleaved, so a busy moment hurts every rate alike
            for (long rate : rates) {
                Run r = run(count, rate, round);
                runs.computeIfAbsent(rate, k -> new ArrayList<>()).add(r);
                System.out.printf(Locale.ROOT, "round %d  rate %-8s sent %,9d  captured %,9d  lost %,9d  kernel drops %,9d"
                                + "  (sent at %,.0f frames/s)  peak queue %,.1f MiB  capture CPU %.2f us/frame%n", round, name(rate),
                        r.sent(), r.captured(), r.lost(), r.kernelDrops(), r.achievedRate(), r.peakQueueBytes() / 1048576.0,
                        r.cpuMicrosPerFrame());
            }
        }
        System.out.println("load average after: " + loadAverage());
        System.out.printf(Locale.ROOT, "%nSummary, %,d frames of 60 bytes per run on lo, %d rounds:%n", count, ROUNDS);
        System.out.printf(Locale.ROOT, "  %-8s %18s %14s %14s %18s%n", "rate", "sent at (median)", "lost (worst)",
                "lost (total)", "kernel drops (tot)");
        long ceiling = -1;
        for (Map.Entry<Long, List<Run>> e : runs.entrySet()) {
            List<Run> rs = e.getValue();
            long worst = rs.stream().mapToLong(Run::lost).max().orElse(0);
            long total = rs.stream().mapToLong(Run::lost).sum();
            long drops = rs.stream().mapToLong(Run::kernelDrops).sum();
            double[] achieved = rs.stream().mapToDouble(Run::achievedRate).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-8s %,18.0f %,14d %,14d %,18d%n", name(e.getKey()), achieved[achieved.length / 2],
                    worst, total, drops);
            if (total == 0 && e.getKey() != 0 && e.getKey() > ceiling) {
                ceiling = e.getKey();
            }
        }
        boolean fastLossless = runs.containsKey(0L) && runs.get(0L).stream().allMatch(r -> r.lost() == 0);
        if (fastLossless) {
            System.out.println("Ceiling: no loss even as fast as possible (the sender, not the capture, sets the pace).");
        } else if (ceiling > 0) {
            System.out.printf(Locale.ROOT, "Ceiling: %,d frames/s is the highest rate tried with no frame lost in %d rounds.%n",
                    ceiling, ROUNDS);
        } else {
            System.out.println("Ceiling: below the lowest rate tried (frames were lost at every rate).");
        }
    }

    private static Run run(int count, long rate, int round) throws Exception {
        byte[] marker = ("capbench " + ProcessHandle.current().pid() + " " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        byte[] frame = frame(marker);
        AtomicLong captured = new AtomicLong();
        EventSink counter = event -> {
            if (event.direction() == Direction.RECEIVED && carries(event, marker)) {
                captured.incrementAndGet();
            }
        };
        FrameCapture capture = new FrameCapture(new FrameCaptureSettings(LO, EXPERIMENTAL, count, null), counter);
        AtomicLong captureCpu = new AtomicLong();
        Thread captureThread = Thread.ofPlatform().name(capture.threadName()).start(() -> {
            runQuietly(capture);
            captureCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        });
        QueueWatch queue = new QueueWatch();
        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, frame, count, rate), EventSink.DISCARD);
        try {
            capture.ready().get(10, TimeUnit.SECONDS);
            Thread senderThread = Thread.ofPlatform().name(sender.threadName()).start(() -> runQuietly(sender));
            long sendBound = (rate > 0 ? count * 1000L / rate : 0) + SEND_SLACK_MILLIS;
            senderThread.join(sendBound);
            sender.close();   // bounded in time whatever happens
            senderThread.join(1_000);
            captureThread.join(DRAIN_MILLIS);   // ends by itself once it has the count
        } finally {
            capture.close();
            sender.close();
            captureThread.join(2_000);
            queue.close();
        }
        CaptureSummary summary = capture.summary();
        return new Run(rate, round, sender.summary().sent(), captured.get(), summary.dropped(), sender.summary().nanos(),
                queue.peakBytes(), captureCpu.get());
    }

    /**
     * Samples /proc/net/packet every few milliseconds on a named thread and keeps the largest receive queue
     * (the Rmem column: bytes of queued frames at their true size) of any packet socket: how much of the
     * receive buffer a run needed. Only this benchmark's capture receives on lo while it runs.
     */
    private static final class QueueWatch implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean done;
        private final Thread thread = Thread.ofPlatform().name("capbench-queue-watch").daemon().start(this::watch);

        private void watch() {
            Path table = Path.of("/proc/net/packet");
            while (!done) {
                try {
                    List<String> lines = Files.readAllLines(table);
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.strip().split("\\s+");
                        if (f.length > 6) {
                            peak.accumulateAndGet(Long.parseLong(f[6]), Math::max);
                        }
                    }
                    Thread.sleep(5);
                } catch (Exception e) {
                    return;
                }
            }
        }

        long peakBytes() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            done = true;
            thread.join(1_000);
        }
    }

    /** A 60-byte frame from LOCAL_MAC to PEER_MAC of EtherType 0x88b6 whose payload starts with the marker. */
    private static byte[] frame(byte[] marker) {
        byte[] frame = new byte[EthernetFrame.MIN_SIZE];
        FrameTemplate.PEER_MAC.writeTo(frame, EthernetFrame.DESTINATION_OFFSET);
        FrameTemplate.LOCAL_MAC.writeTo(frame, EthernetFrame.SOURCE_OFFSET);
        frame[EthernetFrame.TYPE_OFFSET] = (byte) 0x88;
        frame[EthernetFrame.TYPE_OFFSET + 1] = (byte) 0xb6;
        System.arraycopy(marker, 0, frame, EthernetFrame.HEADER_SIZE, marker.length);
        return frame;
    }

    private static boolean carries(NetEvent event, byte[] marker) {
        byte[] p = event.payload();
        int from = EthernetFrame.HEADER_SIZE;
        return p.length >= from + marker.length && Arrays.equals(p, from, from + marker.length, marker, 0, marker.length);
    }

    private static void runQuietly(Engine engine) {
        try {
            engine.run();
        } catch (Exception e) {
            System.out.println(Thread.currentThread().getName() + " failed: " + e.getMessage());
        }
    }

    private static String name(long rate) {
        return rate == 0 ? "max" : String.format(Locale.ROOT, "%,d", rate);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
