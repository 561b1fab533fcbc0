package dev.socketworkbench.net.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts threads by name. Platform threads come from {@link Thread#getAllStackTraces()}; virtual
 * threads do not appear there, so they are counted in the JVM's JSON thread dump
 * (HotSpotDiagnosticMXBean.dumpThreads), which lists every virtual thread started with
 * Thread.ofVirtual(). A carrier thread (ForkJoinPool-N-worker-M) is "busy" when its stack shows a
 * mounted virtual thread ({@code VirtualThread.runContinuation}).
 */
final class ThreadCensus {
    private ThreadCensus() { }

    static long platformThreadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    /** Names of every thread in a JVM thread dump, virtual ones included. */
    static List<String> threadDumpNames() {
        try {
            Path file = Files.createTempFile("threads", ".json");
            Files.delete(file); // dumpThreads refuses to overwrite
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
            JsonNode dump = new ObjectMapper().readTree(file.toFile());
            Files.delete(file);
            List<String> names = new ArrayList<>();
            for (JsonNode container : dump.path("threadDump").path("threadContainers")) {
                for (JsonNode thread : container.path("threads")) {
                    names.add(thread.path("name").asText());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long dumpedThreadsNamed(String prefix) {
        return threadDumpNames().stream().filter(n -> n.startsWith(prefix)).count();
    }

    /** Carrier threads that are running a virtual thread right now. */
    static long busyCarriers() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("ForkJoinPool-") && e.getKey().getName().contains("worker"))
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().equals("java.lang.VirtualThread")))
                .count();
    }
}
