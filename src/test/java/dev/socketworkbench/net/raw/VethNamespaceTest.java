package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.udp.EventRecorder;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.linux.Errno;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.socketworkbench.net.raw.TestFrames.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Frames across a real link: a veth pair between two network namespaces this test creates and deletes
 * ({@code swb-a-<random>} holding veth-a, {@code swb-b-<random>} holding veth-b). Nothing here touches the
 * machine's own interfaces: the pair is created inside namespace a with its peer placed straight into b.
 */
class VethNamespaceTest {
    private static NetworkNamespace a;
    private static NetworkNamespace b;

    @BeforeAll
    static void createTheLink() throws Exception {
        Privileges.assumeNamespaces();
        try {
            a = NetworkNamespace.create("swb-a-");
            b = NetworkNamespace.create("swb-b-");
            a.ip("link", "add", "veth-a", "type", "veth", "peer", "name", "veth-b", "netns", b.name());
            a.ip("link", "set", "veth-a", "up");
            b.ip("link", "set", "veth-b", "up");
            awaitCarrier(a, "veth-a");
            awaitCarrier(b, "veth-b");
        } catch (IOException e) {
            deleteTheNamespaces();
            assumeTrue(false, "could not create network namespaces and a veth pair here: " + e.getMessage());
        }
    }

    /** The kernel reports a veth link as running a moment after both ends are up (its link watch runs later). */
    private static void awaitCarrier(NetworkNamespace ns, String name) throws Exception {
        long deadline = System.nanoTime() + EventRecorder.PATIENCE.toNanos();
        while (!ns.call(() -> NetworkInterfaces.find(name).running())) {
            if (System.nanoTime() > deadline) {
                throw new IOException(name + " in " + ns.name() + " never got a carrier");
            }
            Thread.sleep(20);   // polling the link state, which has no event to wait on here
        }
    }

    @AfterAll
    static void deleteTheNamespaces() throws Exception {
        try {
            if (b != null) {
                b.close();
            }
        } finally {
            if (a != null) {
                a.close();
            }
        }
    }

    @Test
    void framesSentInOneNamespaceArriveInTheOther() throws Exception {
        byte[] marker = TestFrames.marker();
        byte[] frame = TestFrames.frame(EXPERIMENTAL, marker);
        EventRecorder heard = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on("veth-b").withEtherType(EXPERIMENTAL), heard);
        EngineThread capturing = EngineThread.start("frame-capture-veth-b", capture, b);
        InterfaceInfo vethB = capture.ready().get(10, TimeUnit.SECONDS);
        assertFalse(vethB.loopback());
        assertTrue(vethB.running(), vethB.describe());

        EventRecorder said = new EventRecorder();
        FrameSender sender = new FrameSender(new FrameSenderSettings("veth-a", frame, 10, 0), said);
        EngineThread sending = EngineThread.start("frame-sender-veth-a", sender, a);
        sending.awaitNormalReturn();
        assertEquals(10, sender.summary().sent());

        List<NetEvent> got = heard.awaitCount(10, e -> e.direction() == Direction.RECEIVED && TestFrames.contains(e.payload(), marker), "frames on veth-b");
        capturing.stop(capture);
        assertEquals(10, got.size());
        for (NetEvent e : got) {
            assertArrayEquals(frame, e.payload());
            assertEquals(FrameDissector.dissect(frame).summary(), e.message());
            assertEquals("veth-b", e.local());
        }
        assertEquals(List.of(), heard.events(Direction.ERROR));
    }

    /** Off loopback the capture keeps the copies of frames this machine sends, and says so. */
    @Test
    void aCaptureOnTheSendingSideShowsOutgoingCopies() throws Exception {
        byte[] marker = TestFrames.marker();
        byte[] frame = TestFrames.frame(EXPERIMENTAL, marker);
        EventRecorder heard = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on("veth-a").withEtherType(EXPERIMENTAL), heard);
        EngineThread capturing = EngineThread.start("frame-capture-veth-a", capture, a);
        capture.ready().get(10, TimeUnit.SECONDS);
        EngineThread.start("frame-sender-veth-a", new FrameSender(new FrameSenderSettings("veth-a", frame, 2, 0), event -> { }), a)
                .awaitNormalReturn();
        List<NetEvent> got = heard.awaitCount(2, e -> e.direction() == Direction.RECEIVED && TestFrames.contains(e.payload(), marker), "outgoing copies");
        capturing.stop(capture);
        for (NetEvent e : got) {
            assertEquals("Outgoing copy: " + FrameDissector.dissect(frame).summary(), e.message());
            assertArrayEquals(frame, e.payload());
        }
    }

    /** The seed program itself (ported to Python 3) sends its frame; the Java capture gets it byte for byte. */
    @Test
    void theSeedsFrameFromPythonCrossesTheLink() throws Exception {
        Path seed = Path.of("src/bench/raw/seed_send.py").toAbsolutePath();
        assumeTrue(Files.isRegularFile(seed), "run from the project folder, where " + seed + " is");
        EventRecorder heard = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on("veth-b").withEtherType(EtherType.SEED_EXAMPLE).withCount(3), heard);
        EngineThread capturing = EngineThread.start("frame-capture-seed", capture, b);
        capture.ready().get(10, TimeUnit.SECONDS);
        String out = a.exec("python3", seed.toString(), "--interface", "veth-a", "--count", "3");
        assertTrue(out.startsWith("sent 3 frames of 85 bytes on veth-a"), out);
        capturing.awaitNormalReturn();
        byte[] seedFrame = FrameTemplate.SEED.newBuilder().build().toBytes();
        List<NetEvent> got = heard.events(Direction.RECEIVED);
        assertEquals(3, got.size());
        for (NetEvent e : got) {
            assertArrayEquals(seedFrame, e.payload());
            assertEquals(FrameDissector.dissect(seedFrame).summary(), e.message());
            assertEquals("01:02:03:04:05:06", e.remote());
        }
    }

    @Test
    void insideANamespaceOnlyItsOwnInterfacesAreListedAndItsLoopbackIsDown() throws Exception {
        List<InterfaceInfo> seen = a.call(NetworkInterfaces::list);
        assertEquals(List.of("lo", "veth-a"), seen.stream().map(InterfaceInfo::name).toList());
        InterfaceInfo lo = seen.get(0);
        assertFalse(lo.up(), "a new namespace's loopback starts down");
        RawSocketException e = assertThrows(RawSocketException.class, () -> a.call(() -> {
            try (RawSocket s = RawSocket.forSending("lo")) {
                s.send(TestFrames.frame(EXPERIMENTAL, TestFrames.marker()));
            }
            return null;
        }));
        assertEquals(Errno.ENETDOWN, e.errno());
        assertEquals("The interface lo is down; bring it up with `sudo ip link set lo up`.", e.getMessage());
        assertFalse(e.isBadInput());
    }

    /** A tun link carries bare IP packets: both engines refuse it with one sentence instead of sending garbage. */
    @Test
    void aLinkWithoutEthernetHeadersIsRefused() throws Exception {
        try {
            a.ip("tuntap", "add", "mode", "tun", "name", "swbtun0");
        } catch (IOException e) {
            assumeTrue(false, "cannot create a tun device here: " + e.getMessage());
        }
        try {
            InterfaceInfo tun = a.call(() -> NetworkInterfaces.find("swbtun0"));
            assertFalse(tun.ethernet());
            EventRecorder said = new EventRecorder();
            EngineException send = EngineThread.start("frame-sender-tun",
                    new FrameSender(FrameSenderSettings.of("swbtun0", new byte[60]), said), a).awaitFailure();
            assertTrue(send.isBadInput());
            assertEquals("swbtun0 carries bare IP packets without an Ethernet header (a tun or similar link), so it cannot send"
                    + " Ethernet frames; pick an Ethernet interface or lo.", send.getMessage());
            EngineException capture = EngineThread.start("frame-capture-tun",
                    new FrameCapture(FrameCaptureSettings.on("swbtun0"), new EventRecorder()), a).awaitFailure();
            assertTrue(capture.getMessage().startsWith("swbtun0 carries bare IP packets"), capture.getMessage());
        } finally {
            a.ip("link", "del", "swbtun0");
        }
    }

    /** Taking the link down under a running capture ends it with the ENETDOWN sentence, as tcpdump ends. */
    @Test
    void aCaptureEndsWithOneSentenceWhenItsInterfaceGoesDown() throws Exception {
        EventRecorder heard = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on("veth-b").withEtherType(EtherType.of(0x88b7)), heard);
        EngineThread capturing = EngineThread.start("frame-capture-goes-down", capture, b);
        capture.ready().get(10, TimeUnit.SECONDS);
        EngineException e;
        try {
            b.ip("link", "set", "veth-b", "down");
            e = capturing.awaitFailure();
        } finally {
            b.ip("link", "set", "veth-b", "up");
            awaitCarrier(b, "veth-b");
        }
        assertEquals("The interface veth-b is down; bring it up with `sudo ip link set veth-b up`.", e.getMessage());
        assertEquals(e.getMessage(), heard.events(Direction.ERROR).get(0).message());
        assertTrue(heard.events(Direction.INFO).getLast().message().startsWith("Captured 0 frames on veth-b"));
    }
}
