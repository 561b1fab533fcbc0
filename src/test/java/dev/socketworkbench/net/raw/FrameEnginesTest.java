package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.udp.EventRecorder;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.PcapWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.socketworkbench.net.raw.TestFrames.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FrameSender and FrameCapture on the loopback interface, run on named threads as the UI and CLI run them. */
class FrameEnginesTest {
    private static final String LO = NetworkInterfaces.DEFAULT;
    private static final String PREFIX = "raw-engine-test-";

    @BeforeAll
    static void needRawSockets() {
        Privileges.assumeRawSockets();
    }

    private static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive).map(Thread::getName).filter(n -> n.startsWith(PREFIX)).toList();
    }

    @Test
    void sentFramesAreCapturedDissectedAndSaved(@TempDir Path dir) throws Exception {
        byte[] marker = TestFrames.marker();
        byte[] frame = TestFrames.frame(EXPERIMENTAL, marker);
        Path pcapFile = dir.resolve("lo.pcap");
        EventRecorder heard = new EventRecorder();
        EventRecorder said = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on(LO).withEtherType(EXPERIMENTAL).withPcapFile(pcapFile), heard);
        EngineThread capturing = EngineThread.start(PREFIX + "capture", capture);
        InterfaceInfo lo = capture.ready().get(10, TimeUnit.SECONDS);
        assertTrue(lo.loopback());

        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, frame, 5, 0), said);
        sender.run();
        assertEquals(5, sender.summary().sent());
        assertEquals(5, said.events(Direction.SENT).size());
        for (NetEvent e : said.events(Direction.SENT)) {
            assertArrayEquals(frame, e.payload());
            assertEquals(LO, e.local());
            assertEquals(FrameTemplate.PEER_MAC.toString(), e.remote());
            assertEquals("Sent a 60-byte frame to 02:00:00:00:00:02 on lo.", e.message());
        }
        List<NetEvent> info = said.events(Direction.INFO);
        assertTrue(info.get(0).message().startsWith("Sending 5 frames of 60 bytes on lo (index "), info.get(0).message());
        assertTrue(info.get(info.size() - 1).message().startsWith("Sent 5 frames in "), info.toString());

        List<NetEvent> received = heard.awaitCount(5, e -> e.direction() == Direction.RECEIVED && TestFrames.contains(e.payload(), marker), "captured frames");
        capturing.stop(capture);
        assertEquals(5, received.size(), "each frame once on lo: the outgoing copies are left out");
        for (NetEvent e : received) {
            assertArrayEquals(frame, e.payload());
            assertEquals(FrameDissector.dissect(frame).summary(), e.message());
            assertEquals(FrameTemplate.LOCAL_MAC.toString(), e.remote());
            assertEquals(LO, e.local());
        }
        assertEquals(List.of(), heard.events(Direction.ERROR));
        List<NetEvent> capInfo = heard.events(Direction.INFO);
        assertEquals("Capturing EtherType 0x88b5, incoming only on " + lo.describe() + " with a 128 MiB receive buffer into " + pcapFile + ".",
                capInfo.get(0).message(), "root gets the whole 64 MiB asked for, which the kernel reports doubled");
        assertTrue(capInfo.get(capInfo.size() - 1).message().startsWith("Captured "), capInfo.toString());
        assertTrue(capture.summary().captured() >= 5);

        List<byte[]> saved = readPcap(Files.readAllBytes(pcapFile)).stream().filter(b -> TestFrames.contains(b, marker)).toList();
        assertEquals(5, saved.size());
        saved.forEach(b -> assertArrayEquals(frame, b));
    }

    @Test
    void captureEndsByItselfAfterCountFrames() throws Exception {
        byte[] marker = TestFrames.marker();
        EtherType type = EtherType.of(0x88b8);
        EventRecorder heard = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on(LO).withEtherType(type).withCount(3), heard);
        EngineThread capturing = EngineThread.start(PREFIX + "capture-3", capture);
        capture.ready().get(10, TimeUnit.SECONDS);
        new FrameSender(new FrameSenderSettings(LO, TestFrames.frame(type, marker), 3, 0), event -> { }).run();
        capturing.awaitNormalReturn();
        assertEquals(3, capture.summary().captured());
        assertEquals(3, heard.events(Direction.RECEIVED).size());
    }

    @Test
    void theRateIsKept() throws Exception {
        EventRecorder said = new EventRecorder();
        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, TestFrames.frame(EXPERIMENTAL, TestFrames.marker()), 20, 200), said);
        sender.run();
        FrameSendSummary s = sender.summary();
        assertEquals(20, s.sent());
        // 20 frames at 200/s: the last one is due 95 ms after the first, so the run cannot be shorter.
        assertTrue(s.nanos() >= TimeUnit.MILLISECONDS.toNanos(90), "took " + s.nanos() / 1e6 + " ms");
        assertEquals(20, said.events(Direction.SENT).size());
    }

    @Test
    void closingEndsASlowSenderAndAnIdleCaptureAndTheirThreads() throws Exception {
        assertEquals(List.of(), liveThreads());
        EventRecorder heard = new EventRecorder();
        EventRecorder said = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on(LO).withEtherType(EtherType.of(0x88b7)), heard);
        EngineThread capturing = EngineThread.start(PREFIX + "idle-capture", capture);
        capture.ready().get(10, TimeUnit.SECONDS);
        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, TestFrames.frame(EXPERIMENTAL, TestFrames.marker()), 1_000_000, 20), said);
        EngineThread sending = EngineThread.start(PREFIX + "slow-sender", sender);
        said.awaitCount(2, e -> e.direction() == Direction.SENT, "two frames");
        assertEquals(List.of(PREFIX + "idle-capture", PREFIX + "slow-sender"), liveThreads().stream().sorted().toList());

        Duration senderTook = sending.stop(sender);
        Duration captureTook = capturing.stop(capture);
        assertTrue(senderTook.toMillis() < 1000, "sender returned " + senderTook.toMillis() + " ms after close()");
        assertTrue(captureTook.toMillis() < 1000, "capture returned " + captureTook.toMillis() + " ms after close()");
        assertEquals(List.of(), liveThreads());
        assertTrue(sender.summary().sent() < 1_000_000);
        assertEquals(List.of(), said.events(Direction.ERROR));
        assertEquals(List.of(), heard.events(Direction.ERROR));
        assertTrue(said.events(Direction.INFO).getLast().message().startsWith("Sent "));
    }

    /**
     * Stop while frames keep coming: the capture is then never idle in poll, so it must notice the close
     * between frames. The sink only counts, so the flood fills no memory.
     */
    @Test
    void closingACaptureWhileFramesFlowEndsItAtOnce() throws Exception {
        assertEquals(List.of(), liveThreads());
        byte[] marker = TestFrames.marker();
        CountDownLatch flowing = new CountDownLatch(2_000);
        List<NetEvent> problems = new CopyOnWriteArrayList<>();
        EventSink counter = e -> {
            if (e.direction() == Direction.RECEIVED && TestFrames.contains(e.payload(), marker)) {
                flowing.countDown();
            } else if (e.direction() == Direction.ERROR) {
                problems.add(e);
            }
        };
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on(LO).withEtherType(EXPERIMENTAL), counter);
        EngineThread capturing = EngineThread.start(PREFIX + "busy-capture", capture);
        capture.ready().get(10, TimeUnit.SECONDS);
        // Bounded: 50,000 frames/s on lo only, for at most the 10 s this test waits, then closed.
        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, TestFrames.frame(EXPERIMENTAL, marker), 500_000, 50_000),
                EventSink.DISCARD);
        EngineThread sending = EngineThread.start(PREFIX + "flood", sender);
        try {
            assertTrue(flowing.await(EventRecorder.PATIENCE.toSeconds(), TimeUnit.SECONDS), "frames are flowing");
            Duration captureTook = capturing.stop(capture);
            assertTrue(captureTook.toMillis() < 1000, "capture returned " + captureTook.toMillis() + " ms after close()");
            assertTrue(sending.thread.isAlive(), "the frames were still coming when the capture stopped");
        } finally {
            sending.stop(sender);
        }
        assertTrue(capture.summary().captured() >= 2_000, capture.summary().toString());
        assertEquals(List.of(), problems);
        assertEquals(List.of(), liveThreads());
    }

    @Test
    void closingBeforeRunMakesRunReturnAtOnce() throws Exception {
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on(LO), event -> { });
        capture.close();
        capture.run();
        assertTrue(capture.ready().isCompletedExceptionally(), "cancelled: it never listened");
        FrameSender sender = new FrameSender(FrameSenderSettings.of(LO, new byte[60]), event -> { });
        sender.close();
        sender.run();
        assertEquals(0, sender.summary().sent());
    }

    @Test
    void aMissingInterfaceIsBadInputWithOneSentence() throws Exception {
        EventRecorder said = new EventRecorder();
        EngineThread run = EngineThread.start(PREFIX + "nosuch", new FrameSender(FrameSenderSettings.of("swb-nosuch0", new byte[60]), said));
        EngineException e = run.awaitFailure();
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("There is no network interface named swb-nosuch0;"), e.getMessage());
        assertEquals(e.getMessage(), said.events(Direction.ERROR).get(0).message());

        EventRecorder heard = new EventRecorder();
        FrameCapture capture = new FrameCapture(FrameCaptureSettings.on("swb-nosuch0"), heard);
        EngineException c = EngineThread.start(PREFIX + "nosuch-capture", capture).awaitFailure();
        assertTrue(c.isBadInput());
        assertEquals(c.getMessage(), heard.events(Direction.ERROR).get(0).message());
        assertTrue(capture.ready().isCompletedExceptionally());
    }

    @Test
    void aFrameLargerThanTheMtuIsBadInputAndNothingIsSent() throws Exception {
        EventRecorder said = new EventRecorder();
        byte[] big = TestFrames.frameOfSize(70_000, TestFrames.marker());
        FrameSender sender = new FrameSender(new FrameSenderSettings(LO, big, 10, 0), said);
        EngineException e = EngineThread.start(PREFIX + "big", sender).awaitFailure();
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("The frame is 70000 bytes, larger than lo's MTU of "), e.getMessage());
        assertEquals(0, sender.summary().sent());
        List<NetEvent> events = said.events();
        assertEquals(Direction.ERROR, events.get(events.size() - 2).direction(), "the error, then how far it got");
        assertEquals("Sent 0 frames in", events.getLast().message().substring(0, 16));
    }

    @Test
    void badSettingsAreBadInputBeforeAnySocketOpens(@TempDir Path dir) throws Exception {
        EventRecorder said = new EventRecorder();
        EngineException e = EngineThread.start(PREFIX + "short", new FrameSender(FrameSenderSettings.of(LO, new byte[5]), said)).awaitFailure();
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("The frame is 5 bytes, shorter than the 14-byte Ethernet header"), e.getMessage());

        EventRecorder heard = new EventRecorder();
        Path nowhere = dir.resolve("no-such-folder").resolve("x.pcap");
        EngineException p = EngineThread.start(PREFIX + "pcap", new FrameCapture(FrameCaptureSettings.on(LO).withPcapFile(nowhere), heard)).awaitFailure();
        assertTrue(p.isBadInput());
        assertTrue(p.getMessage().startsWith("Could not create the capture file " + nowhere + " ("), p.getMessage());
        assertTrue(p.getMessage().endsWith("); pick a folder you can write to."), p.getMessage());
        assertFalse(Files.exists(nowhere));
    }

    /** The frames in a classic little-endian pcap file with Ethernet link type, as PcapWriter writes it. */
    static List<byte[]> readPcap(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(PcapWriter.MAGIC, in.getInt(0));
        assertEquals(PcapWriter.LINKTYPE_ETHERNET, in.getInt(20));
        List<byte[]> frames = new ArrayList<>();
        int at = PcapWriter.FILE_HEADER_SIZE;
        while (at < file.length) {
            int saved = in.getInt(at + 8);
            assertEquals(saved, in.getInt(at + 12), "whole frames");
            frames.add(Arrays.copyOfRange(file, at + PcapWriter.RECORD_HEADER_SIZE, at + PcapWriter.RECORD_HEADER_SIZE + saved));
            at += PcapWriter.RECORD_HEADER_SIZE + saved;
        }
        return frames;
    }
}
