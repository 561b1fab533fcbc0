package dev.socketworkbench.bench;

import dev.socketworkbench.net.engine.BackgroundPriority;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.ui.log.LogConsole;
import dev.socketworkbench.ui.log.LogCounts;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Floods a real, showing {@link LogConsole} with a million events from one producer thread as fast as
 * it can publish, and reports how long the FX thread went between pulses (max and p99 gap: the worst
 * stutter a user would see) and the heap it took (peak while flooding, and after a GC at the end with
 * the 100,000 rows still held). Not a test: figures depend on the machine, so nothing is asserted.
 *
 * <p>Run from the project root with a real glass platform (GTK under Xvfb; needs the xvfb and libgtk-3-0
 * packages), not Monocle:
 * <pre>
 * export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * mvn -q test-compile
 * mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * xvfb-run -a -s "-screen 0 1280x1024x24" $JAVA_HOME/bin/java -Xmx1g \
 *     -cp target/test-classes:target/classes:$(cat target/bench.classpath) \
 *     dev.socketworkbench.bench.LogFloodBenchmark [events=1000000] [capacity=100000] [rounds=1]
 * </pre>
 * It prints one line per round, e.g. {@code LogFloodBenchmark round=1 events=1,000,000 capacity=100,000
 * publishMs=... drainMs=... pulses=... gapMaxMs=... gapP99Ms=... gapMedianMs=... fxCpuMaxMs=... fxCpuP99Ms=...
 * peakHeapMiB=... heapAfterGcMiB=...}. Round 1 is the cold start a user meets (JIT not yet compiled, table
 * rows not yet built); later rounds flood the same console again and show the steady state.
 * Before the first round the shown console sits idle for about a second (60 pulses), as while a user
 * fills in a tab and presses Start; a first line reports the worst pulse of that time.
 * Add {@code -Dbench.trace=true} before {@code -cp} for one line per pulse (gap, FX CPU split into the previous
 * pulse's CSS + layout, its scene sync, and this pulse's drain; events drained, GCs).
 *
 * <p>The gaps are wall-clock and include GC pauses and time the OS gave other processes; fxCpu is the FX
 * thread's own CPU between two pulses, i.e. what the console's work costs. Compare runs on an idle machine
 * (each line prints the load average).
 */
public final class LogFloodBenchmark {
    /** Pulses recorded after the last event was drained, to see the console settle. */
    private static final int SETTLE_PULSES = 30;
    /** Pulses (about one second) the shown console sits idle before the first flood. */
    private static final int IDLE_PULSES = 60;

    private final int events;
    private final int capacity;
    private final boolean trace = Boolean.getBoolean("bench.trace");
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private LogConsole console;

    // Written and read on the FX thread, except where marked volatile.
    private long[] gapsNanos;
    /** CPU time the FX thread used between two pulses: the pulse's own work, whatever else the machine runs. */
    private long[] cpuNanos;
    private int gapCount;
    private long lastPulseNanos;
    private long lastCpuNanos;
    private long peakHeap;
    private volatile long floodStart;
    private volatile long target;
    private volatile long drainedAt;
    private int pulsesAfterDrain;
    private long eventsSeen;
    private long eventsAtLastPulse;
    private long gcCountAtLastPulse;
    private long gcMillisAtLastPulse;
    private CompletableFuture<Void> settled;
    private int idlePulses;
    private long[] idleWorst;
    private CompletableFuture<long[]> idleDone;
    // FX-thread CPU stamps for -Dbench.trace: pulse start (before the console's timer), before and after CSS + layout.
    private long cpuAtPulseStart;
    private long cpuAtPreLayout;
    private long cpuAtPostLayout;
    // The same stamps in wall-clock time: a phase's wall time minus its CPU is time spent waiting (for the
    // renderer, for a core, for a GC pause).
    private long wallAtPulseStart;
    private long wallAtPreLayout;
    private long wallAtPostLayout;

    private LogFloodBenchmark(int events, int capacity) {
        this.events = events;
        this.capacity = capacity;
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int capacity = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        new LogFloodBenchmark(events, capacity).run(rounds);
    }

    private void run(int rounds) throws Exception {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            console = new LogConsole();
            console.setCapacity(capacity);
            Stage stage = new Stage();
            stage.setTitle("LogFloodBenchmark");
            stage.setScene(new Scene(console, 1200, 800));
            stage.setOnShown(e -> shown.complete(null));
            stage.show();
        });
        shown.get(60, TimeUnit.SECONDS);

        CompletableFuture<Void> recording = new CompletableFuture<>();
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                record();
                recording.complete(null);
            }
        };
        AnimationTimer pulseStart = new AnimationTimer() {
            @Override
            public void handle(long now) {
                cpuAtPulseStart = threads.getCurrentThreadCpuTime();
                wallAtPulseStart = System.nanoTime();
            }
        };
        onFx(() -> {
            // Timers run in the order they were started: pulseStart, then the console's drain, then the recorder.
            console.stop();
            pulseStart.start();
            console.start();
            Scene scene = console.getScene();
            scene.addPreLayoutPulseListener(() -> {
                cpuAtPreLayout = threads.getCurrentThreadCpuTime();
                wallAtPreLayout = System.nanoTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                cpuAtPostLayout = threads.getCurrentThreadCpuTime();
                wallAtPostLayout = System.nanoTime();
            });
            console.countsProperty().addListener((obs, old, counts) -> {
                eventsSeen = counts.events();
                if (target > 0 && counts.events() >= target && drainedAt == 0) {
                    drainedAt = System.nanoTime();
                }
            });
            recorder.start();
        });
        recording.get(60, TimeUnit.SECONDS);
        idle();

        for (int round = 1; round <= rounds; round++) {
            flood(round);
        }
        onFx(recorder::stop);
        Platform.exit();
    }

    private void flood(int round) throws Exception {
        onFx(() -> {
            gapsNanos = new long[1024];
            cpuNanos = new long[1024];
            gapCount = 0;
            peakHeap = 0;
            pulsesAfterDrain = 0;
            drainedAt = 0;
            settled = new CompletableFuture<>();
            target = (long) round * events;
        });
        CompletableFuture<Void> done = settled;
        EventSink sink = console.eventSink();
        long start = System.nanoTime();
        floodStart = start;
        Thread producer = Thread.ofPlatform().name("log-flood-benchmark-producer").start(() -> {
            // As an engine the window starts (EngineRunner): it and the JVM's JIT and GC threads at nice 10;
            // -Dsocketworkbench.engine.nice=0 measures without.
            BackgroundPriority.forEngineThread();
            for (int i = 0; i < events; i++) {
                byte[] payload = new byte[16 + i % 64];     // engines hand over a fresh copy of each datagram
                payload[0] = (byte) i;
                sink.publish(i % 2 == 0
                        ? NetEvent.sent("udp-sender", "127.0.0.1:5000", "127.0.0.1:6667", payload, "")
                        : NetEvent.received("udp-listener", "127.0.0.1:6667", "127.0.0.1:5000", payload, ""));
            }
        });
        producer.join();
        long publishNanos = System.nanoTime() - start;
        done.get(300, TimeUnit.SECONDS);
        floodStart = 0;

        CompletableFuture<long[][]> samples = new CompletableFuture<>();
        onFx(() -> samples.complete(new long[][] {Arrays.copyOf(gapsNanos, gapCount), Arrays.copyOf(cpuNanos, gapCount)}));
        long[] gaps = samples.get(60, TimeUnit.SECONDS)[0];
        long[] cpus = samples.get()[1];
        Arrays.sort(gaps);
        Arrays.sort(cpus);
        System.gc();
        long heapAfterGc = memory.getHeapMemoryUsage().getUsed();
        LogCounts counts = CompletableFuture.supplyAsync(() -> console.countsProperty().get(), Platform::runLater)
                .get(60, TimeUnit.SECONDS);

        System.out.println(String.format(Locale.ROOT,
                "LogFloodBenchmark round=%d events=%,d capacity=%,d publishMs=%d drainMs=%d pulses=%d gapMaxMs=%.1f"
                        + " gapP99Ms=%.1f gapMedianMs=%.1f fxCpuMaxMs=%.1f fxCpuP99Ms=%.1f peakHeapMiB=%d heapAfterGcMiB=%d"
                        + " totalEvents=%,d rows=%,d evicted=%,d cores=%d load=%.1f java=%s",
                round, events, capacity, publishNanos / 1_000_000, (drainedAt - start) / 1_000_000,
                gaps.length, millis(gaps[gaps.length - 1]), millis(percentile(gaps, 0.99)), millis(percentile(gaps, 0.5)),
                millis(cpus[cpus.length - 1]), millis(percentile(cpus, 0.99)),
                peakHeap >> 20, heapAfterGc >> 20, counts.events(), counts.rows(), counts.evicted(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version()));
    }

    /**
     * Lets the shown console sit idle for {@link #IDLE_PULSES} pulses before the first flood, as it does
     * while a user fills in a tab and presses Start, and prints the worst pulse of that time (the
     * console's idle-time work, such as building its table cells, shows there).
     */
    private void idle() throws Exception {
        CompletableFuture<long[]> idled = new CompletableFuture<>();
        onFx(() -> {
            idlePulses = IDLE_PULSES;
            idleWorst = new long[2];
            idleDone = idled;
        });
        long[] worst = idled.get(60, TimeUnit.SECONDS);
        System.out.println(String.format(Locale.ROOT, "LogFloodBenchmark idle before the flood: pulses=%d gapMaxMs=%.1f fxCpuMaxMs=%.1f",
                IDLE_PULSES, millis(worst[0]), millis(worst[1])));
    }

    /** Called every pulse on the FX thread, after the console's own timer in the same pulse. */
    private void record() {
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        if (idlePulses > 0) {
            idleWorst[0] = Math.max(idleWorst[0], now - lastPulseNanos);
            idleWorst[1] = Math.max(idleWorst[1], cpu - lastCpuNanos);
            if (trace) {
                System.err.printf(Locale.ROOT, "idle pulse %3d: gap %7.1f ms, fx cpu %6.1f ms%n",
                        IDLE_PULSES - idlePulses + 1, (now - lastPulseNanos) / 1e6, (cpu - lastCpuNanos) / 1e6);
            }
            if (--idlePulses == 0) {
                idleDone.complete(idleWorst);
            }
        }
        long start = floodStart;
        if (start != 0) {
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            if (lastPulseNanos != 0 && now > start) {
                if (gapCount == gapsNanos.length) {
                    gapsNanos = Arrays.copyOf(gapsNanos, gapCount * 2);
                    cpuNanos = Arrays.copyOf(cpuNanos, gapCount * 2);
                }
                cpuNanos[gapCount] = cpu - lastCpuNanos;
                gapsNanos[gapCount++] = now - lastPulseNanos;
                if (trace) {
                    trace(now, cpu, start);
                }
            }
            if (drainedAt != 0 && ++pulsesAfterDrain >= SETTLE_PULSES) {
                settled.complete(null);
            }
        }
        lastPulseNanos = now;
        lastCpuNanos = cpu;
        eventsAtLastPulse = eventsSeen;
    }

    private void trace(long now, long cpu, long start) {
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        // Of the FX CPU: css+layout and sync+render of the previous pulse (they follow its record()), then this drain.
        System.err.printf(Locale.ROOT, "pulse %3d at %6.1f ms (%tT.%<tL): gap %7.1f ms, fx cpu %6.1f ms (prev css+layout %5.1f,"
                        + " prev sync %5.1f, drain %5.1f; wall %5.1f, %5.1f, %5.1f), drained %,8d, gc %d (%d ms)%n",
                gapCount, (now - start) / 1e6, System.currentTimeMillis(), (now - lastPulseNanos) / 1e6, (cpu - lastCpuNanos) / 1e6,
                (cpuAtPostLayout - cpuAtPreLayout) / 1e6, (cpuAtPulseStart - cpuAtPostLayout) / 1e6,
                (cpu - cpuAtPulseStart) / 1e6,
                (wallAtPostLayout - wallAtPreLayout) / 1e6, (wallAtPulseStart - wallAtPostLayout) / 1e6,
                (now - wallAtPulseStart) / 1e6,
                eventsSeen - eventsAtLastPulse, gcCount - gcCountAtLastPulse, gcMillis - gcMillisAtLastPulse);
        gcCountAtLastPulse = gcCount;
        gcMillisAtLastPulse = gcMillis;
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture.runAsync(work, Platform::runLater).get(60, TimeUnit.SECONDS);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
