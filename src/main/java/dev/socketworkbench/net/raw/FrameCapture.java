package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.PcapWriter;
import dev.socketworkbench.net.input.InvalidInputException;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Listens for Ethernet frames on one interface, the receiving side the seed leaves out: one RECEIVED
 * event per frame whose message is the {@link FrameDissector} summary (Wireshark's Info column), and
 * optionally a pcap file that Wireshark opens.
 *
 * <p>Outgoing frames: on most interfaces the capture also shows the frames this machine sends there, as
 * tcpdump does, with the message starting "Outgoing copy:". On loopback it does not, because every frame
 * sent there also comes back in and would otherwise be shown twice (libpcap skips them on loopback too).
 */
public final class FrameCapture implements Engine {
    public static final String SOURCE = "frame-capture";
    /** How often a waiting capture looks at its thread's interrupt flag and flushes the pcap file. */
    private static final int SLICE_MILLIS = 100;

    private final FrameCaptureSettings settings;
    private final EventSink sink;
    private final CompletableFuture<InterfaceInfo> ready = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile RawSocket socket;
    private volatile CaptureSummary summary = CaptureSummary.NONE;

    public FrameCapture(FrameCaptureSettings settings, EventSink sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Completes with the interface once the capture is listening (frames sent after that are seen);
     * exceptionally with the {@link EngineException} if it could not start, or cancelled if closed first.
     * Each call returns a new dependent future.
     */
    public CompletableFuture<InterfaceInfo> ready() {
        return ready.copy();
    }

    /** What the last {@link #run()} did; {@link CaptureSummary#NONE} before it. */
    public CaptureSummary summary() {
        return summary;
    }

    /** A name for the thread that runs this engine, e.g. {@code frame-capture-lo}. */
    public String threadName() {
        return "frame-capture-" + settings.interfaceName();
    }

    @Override
    public void run() throws EngineException {
        try {
            capture();
        } catch (EngineException e) {
            ready.completeExceptionally(e);
            throw e;
        } finally {
            ready.cancel(false);   // no-op once completed
            socket = null;
        }
    }

    private void capture() throws EngineException {
        String name = settings.interfaceName();
        if (closed) {
            return;
        }
        try {
            settings.validate();
        } catch (InvalidInputException e) {
            throw fail(e.getMessage(), e, true, name);
        }
        ReceiveFilter filter = settings.etherType() == null ? ReceiveFilter.everything() : ReceiveFilter.only(settings.etherType());
        InterfaceInfo found;
        try {
            found = NetworkInterfaces.find(name);
        } catch (RawSocketException e) {
            throw fail(e.getMessage(), e, e.isBadInput(), name);
        }
        if (!found.ethernet()) {
            throw fail(name + " carries bare IP packets without an Ethernet header (a tun or similar link), so it has no"
                    + " Ethernet frames to capture; pick an Ethernet interface or lo.", null, true, name);
        }
        filter = filter.withOutgoing(!found.loopback());
        try (RawSocket s = RawSocket.forReceiving(name, filter); PcapWriter pcap = openPcap(name)) {
            socket = s;
            if (closed) {
                return;
            }
            InterfaceInfo link = s.link();
            sink.publish(NetEvent.info(SOURCE, name, "", "Capturing " + filter.describe() + " on " + link.describe()
                    + " with a " + sizeOf(s.receiveBufferBytes()) + " receive buffer"
                    + (settings.pcapFile() == null ? "" : " into " + settings.pcapFile()) + "."));
            ready.complete(link);
            receiveLoop(s, pcap, name);
        } catch (RawSocketException e) {
            if (!stopped()) {
                throw fail(e.getMessage(), e, e.isBadInput(), name);
            }
        } catch (IOException e) {
            // Only closing the pcap file gets here; a failed write is reported in the loop.
            throw fail(pcapProblem(e), e, false, name);
        }
    }

    private PcapWriter openPcap(String name) throws EngineException {
        if (settings.pcapFile() == null) {
            return null;
        }
        try {
            return PcapWriter.open(settings.pcapFile());
        } catch (IOException | SecurityException e) {
            throw fail("Could not create the capture file " + settings.pcapFile() + " (" + reason(e)
                    + "); pick a folder you can write to.", e, true, name);
        }
    }

    private void receiveLoop(RawSocket s, PcapWriter pcap, String name) throws RawSocketException, EngineException {
        long max = settings.count();
        long captured = 0;
        long dropped = 0;
        long start = System.nanoTime();
        CaptureEvents events = new CaptureEvents(SOURCE, name);
        try {
            while (!stopped() && (max == 0 || captured < max)) {
                Optional<ReceivedFrame> next = s.receive(SLICE_MILLIS);
                if (next.isEmpty()) {
                    flush(pcap, name);
                    dropped += s.takeDrops();   // read while idle: a closed socket can no longer say
                    continue;
                }
                ReceivedFrame frame = next.get();
                captured++;
                sink.publish(events.of(frame));
                if (pcap != null) {
                    try {
                        pcap.write(frame.bytes(), frame.time());
                    } catch (IOException e) {
                        throw fail(pcapProblem(e), e, false, name);
                    }
                }
            }
        } finally {
            dropped += dropsAtEnd(s);
            summary = new CaptureSummary(captured, dropped, System.nanoTime() - start);
            sink.publish(NetEvent.info(SOURCE, name, "", summary.sentence(name)));
        }
    }

    private static long dropsAtEnd(RawSocket s) {
        try {
            return s.takeDrops();
        } catch (RawSocketException e) {
            return 0;   // the summary goes without the last drops rather than hiding why the run ended
        }
    }

    /** "128 MiB", "416 KiB": the receive buffer in the unit the kernel's settings use. */
    static String sizeOf(int bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }

    private void flush(PcapWriter pcap, String name) throws EngineException {
        if (pcap != null) {
            try {
                pcap.flush();   // so Wireshark can open the file while the capture runs
            } catch (IOException e) {
                throw fail(pcapProblem(e), e, false, name);
            }
        }
    }

    private String pcapProblem(IOException e) {
        return "Could not write the capture file " + settings.pcapFile() + " (" + reason(e) + "); check the free disk space.";
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Closed by {@link #close()} or by an interrupt of the running thread: an end, not a failure. */
    private boolean stopped() {
        return closed || Thread.currentThread().isInterrupted();
    }

    private EngineException fail(String sentence, Throwable cause, boolean badInput, String local) {
        sink.publish(NetEvent.error(SOURCE, local, "", sentence, cause));
        return new EngineException(sentence, cause, badInput);
    }

    @Override
    public void close() {
        closed = true;
        RawSocket s = socket;
        if (s != null) {
            s.close();
        }
    }
}
