package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.udp.EventRecorder;

import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.VlanTag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Frames for the raw socket tests: EtherType 0x88b5 (IEEE "local experimental", which nothing on the
 * machine speaks), locally administered MAC addresses, and a random marker in the payload so a test only
 * counts its own frames even if something else sends on loopback at the same time.
 */
final class TestFrames {
    /** IEEE 802 local experimental EtherType 1. */
    static final EtherType EXPERIMENTAL = EtherType.of(0x88b5);
    /** IEEE 802 local experimental EtherType 2. */
    static final EtherType EXPERIMENTAL_2 = EtherType.of(0x88b6);

    private TestFrames() { }

    /** A fresh marker, e.g. "swb-1f2e3d4c5b6a7988". */
    static byte[] marker() {
        return ("swb-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] frame(EtherType type, byte[] marker) {
        return builder(type, marker).build().toBytes();
    }

    static byte[] taggedFrame(EtherType type, byte[] marker, VlanTag tag) {
        return builder(type, marker).vlanTag(tag).build().toBytes();
    }

    /** A frame of exactly {@code size} bytes carrying the marker. */
    static byte[] frameOfSize(int size, byte[] marker) {
        byte[] payload = Arrays.copyOf(marker, Math.max(marker.length, size - EthernetFrame.HEADER_SIZE));
        return Arrays.copyOf(builder(EXPERIMENTAL, payload).padToMinimum(false).build().toBytes(), size);
    }

    private static EthernetFrame.Builder builder(EtherType type, byte[] payload) {
        return new EthernetFrame.Builder().destination(FrameTemplate.PEER_MAC).source(FrameTemplate.LOCAL_MAC)
                .etherType(type).payload(payload);
    }

    static boolean contains(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= data.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Receives until {@code expected} frames carrying {@code marker} came (failing after 10 s), then keeps
     * listening for {@code quietMillis} more to catch any extra ones, and returns them all.
     */
    static List<ReceivedFrame> collect(RawSocket rx, byte[] marker, int expected, int quietMillis) throws RawSocketException {
        List<ReceivedFrame> found = new ArrayList<>();
        long deadline = System.nanoTime() + EventRecorder.PATIENCE.toNanos();
        while (found.size() < expected && System.nanoTime() < deadline) {
            rx.receive(100).filter(f -> contains(f.bytes(), marker)).ifPresent(found::add);
        }
        long quietUntil = System.nanoTime() + quietMillis * 1_000_000L;
        while (System.nanoTime() < quietUntil) {
            Optional<ReceivedFrame> f = rx.receive(Math.max(1, (int) ((quietUntil - System.nanoTime()) / 1_000_000)));
            f.filter(x -> contains(x.bytes(), marker)).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Waits until the thread named {@code threadName} sleeps in the kernel's poll, so a test knows a
     * receive is really blocked before it closes the socket. Linux shows a Java thread's name (its first
     * 15 characters) in /proc/self/task/TID/comm and where it sleeps in .../wchan.
     */
    static void awaitBlockedInPoll(String threadName) throws IOException, InterruptedException {
        String comm = threadName.length() > 15 ? threadName.substring(0, 15) : threadName;
        long deadline = System.nanoTime() + EventRecorder.PATIENCE.toNanos();
        String last = "no such thread";
        while (System.nanoTime() < deadline) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        if (Files.readString(task.resolve("comm")).strip().equals(comm)) {
                            last = Files.readString(task.resolve("wchan")).strip();
                            if (last.contains("poll")) {
                                return;
                            }
                        }
                    } catch (IOException ended) {
                        // that thread ended while we looked
                    }
                }
            }
            Thread.sleep(5);   // polling /proc, not synchronising with the code under test
        }
        throw new AssertionError("Thread " + threadName + " never blocked in poll; last seen in " + last);
    }

    /** Open file descriptors of this JVM. */
    static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
