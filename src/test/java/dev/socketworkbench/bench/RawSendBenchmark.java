package dev.socketworkbench.bench;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.raw.FrameSender;
import dev.socketworkbench.net.raw.FrameSenderSettings;
import dev.socketworkbench.net.raw.RawSocket;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw frame send rate on the loopback interface, Java against the seed's Python loop: 60-byte frames (the
 * seed's frame cut to the Ethernet minimum) sent as fast as possible with RawSocket.send (one system call
 * per frame, like the seed), RawSocket.sendBatch (sendmmsg, 64 frames per call), the FrameSender engine,
 * src/bench/raw/seed_send.py (the seed's {@code s.send} loop in Python 3) and Scapy's sendp if it is
 * installed. Frames go only to lo. Not a test: nothing here asserts a speed. Needs CAP_NET_RAW.
 *
 * <p>Two rates are shown: frames per second of wall-clock time, and frames per second of CPU time spent by
 * the sending thread (Python: process_time). The second is what a shared, busy machine disturbs least, since
 * waiting for a CPU does not count. Run with
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp target/classes:target/test-classes:$HOME/.m2/repository/net/java/dev/jna/jna/5.18.1/jna-5.18.1.jar \
 *      dev.socketworkbench.bench.RawSendBenchmark [frames per run, default 2000000]
 * </pre>
 */
public final class RawSendBenchmark {
    private static final String LO = "lo";
    private static final int ROUNDS = 3;
    private static final int MAX_COUNT = 50_000_000;
    private static final int SCAPY_COUNT = 50_000;
    private static final Pattern RATES = Pattern.compile("\\((\\d+)/s\\), cpu [0-9.]+ s \\((\\d+)/s per cpu second\\)");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Frames per second of wall-clock time and of the sender's CPU time. */
    private record Rate(double wall, double cpu) {
        static Rate of(long frames, long wallNanos, long cpuNanos) {
            return new Rate(frames * 1e9 / wallNanos, cpuNanos > 0 ? frames * 1e9 / cpuNanos : 0);
        }

        Rate max(Rate other) {
            return new Rate(Math.max(wall, other.wall), Math.max(cpu, other.cpu));
        }
    }

    private RawSendBenchmark() { }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("frames per run must be 1 to " + MAX_COUNT);
        }
        byte[] frame = Arrays.copyOf(FrameTemplate.SEED.newBuilder().build().toBytes(), 60);
        Map<String, Rate> best = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {   // interleaved, so a busy moment hurts every contender alike
            record(best, "Python seed loop (s.send)", python("python3", "seed_send.py", "--interface", LO, "--count",
                    Integer.toString(count), "--size", "60"), round);
            record(best, "Java RawSocket.send", sendLoop(frame, count), round);
            record(best, "Java RawSocket.sendBatch (sendmmsg)", sendBatch(frame, count), round);
            record(best, "Java FrameSender engine", engine(frame, count), round);
        }
        String scapyPython = scapyPython();
        if (scapyPython != null) {
            record(best, "Scapy sendp (" + SCAPY_COUNT + " frames)", python(scapyPython, "scapy_send.py", "--interface", LO,
                    "--count", Integer.toString(SCAPY_COUNT)), 1);
        } else {
            System.out.println("Scapy is not installed (apt-get install python3-scapy), so it is left out.");
        }
        Rate python = best.get("Python seed loop (s.send)");
        System.out.printf(Locale.ROOT, "%nBest of %d rounds, %,d frames of 60 bytes on lo (x = times the Python loop):%n", ROUNDS, count);
        System.out.printf(Locale.ROOT, "  %-40s %14s %6s %18s %6s%n", "", "frames/s", "x", "frames/cpu-second", "x");
        for (Map.Entry<String, Rate> e : best.entrySet()) {
            Rate r = e.getValue();
            System.out.printf(Locale.ROOT, "  %-40s %,14.0f %6.2f %,18.0f %6.2f%n", e.getKey(), r.wall(), r.wall() / python.wall(),
                    r.cpu(), r.cpu() / python.cpu());
        }
    }

    private static void record(Map<String, Rate> best, String name, Rate rate, int round) {
        System.out.printf(Locale.ROOT, "round %d  %-40s %,12.0f frames/s %,12.0f frames/cpu-s%n", round, name, rate.wall(), rate.cpu());
        best.merge(name, rate, Rate::max);
    }

    private static Rate sendLoop(byte[] frame, int count) throws IOException {
        try (RawSocket s = RawSocket.forSending(LO)) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                s.send(frame);
            }
            return Rate.of(count, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
        }
    }

    private static Rate sendBatch(byte[] frame, int count) throws IOException {
        try (RawSocket s = RawSocket.forSending(LO)) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int sent = s.sendBatch(frame, count);
            return Rate.of(sent, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
        }
    }

    private static Rate engine(byte[] frame, int count) throws Exception {
        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, frame, count, 0), EventSink.DISCARD);
        long cpu = THREADS.getCurrentThreadCpuTime();
        sender.run();
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return Rate.of(sender.summary().sent(), sender.summary().nanos(), cpuNanos);
    }

    /** Runs one of the Python scripts in src/bench/raw and reads the two rates from its output line. */
    private static Rate python(String python, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, Path.of("src/bench/raw", script).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        Matcher m = RATES.matcher(out);
        if (!m.find()) {
            throw new IOException("No rates in the output of " + script + ": " + out);
        }
        return new Rate(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    /** A python3 that can import scapy (Debian's python3-scapy is for /usr/bin/python3), or null. */
    private static String scapyPython() throws InterruptedException {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            if (python.startsWith("/") && !Files.isExecutable(Path.of(python))) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(python, "-c", "import scapy").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // that python is not there; try the next
            }
        }
        return null;
    }
}
