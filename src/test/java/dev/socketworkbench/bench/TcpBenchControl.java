package dev.socketworkbench.bench;

import com.sun.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The stdin control loop the TCP benchmark's server mains share, so src/bench/tcp/run.sh can drive
 * any of them the same way: {@code stats} prints one line (connections, threads, heap used after a
 * full GC, resident set), {@code alloc} prints the bytes allocated so far by all threads (no GC, so it
 * can be asked mid-run; virtual threads' allocations count on their carriers), {@code quit} or end of
 * input stops the server.
 */
final class TcpBenchControl {
    private TcpBenchControl() { }

    /** Answers commands on stdin until quit or end of input, then runs {@code stop}. */
    static void serve(String server, IntSupplier connections, Runnable stop) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        String line;
        while ((line = in.readLine()) != null && !line.strip().equals("quit")) {
            if (line.strip().equals("stats")) {
                System.out.println(stats(server, connections.getAsInt()));
                System.out.flush();
            } else if (line.strip().equals("alloc")) {
                var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
                System.out.println("ALLOC bytes=" + threads.getTotalThreadAllocatedBytes());
                System.out.flush();
            }
        }
        stop.run();
    }

    /** One line of figures, after asking for a full GC so "heap used" is what is really kept alive. */
    static String stats(String server, int connections) {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        var memory = ManagementFactory.getMemoryMXBean();
        long heapUsed = memory.getHeapMemoryUsage().getUsed();
        long nonHeap = memory.getNonHeapMemoryUsage().getUsed();
        int platformThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        return String.format(Locale.ROOT,
                "STATS server=%s connections=%d platformThreads=%d heapUsedMiB=%.1f heapMaxMiB=%d nonHeapMiB=%.1f rssMiB=%.1f",
                server, connections, platformThreads, heapUsed / 1048576.0,
                memory.getHeapMemoryUsage().getMax() >> 20, nonHeap / 1048576.0, rssKiB() / 1024.0);
    }

    /** The process's resident set from /proc/self/status, in KiB; -1 where there is no /proc. */
    private static long rssKiB() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
