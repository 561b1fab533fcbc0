package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.engine.StopSignal;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.linux.SendBuffers;

import java.util.Locale;
import java.util.Objects;

/**
 * Sends one Ethernet frame on an interface, the seed "Raw Sockets on Linux" {@code s.send(...)}: once,
 * {@code count} times as fast as the interface takes them (with sendmmsg, {@value SendBuffers#BATCH} per
 * system call), or at a steady rate. Frames that are due together go out in one batch, so high rates keep
 * their pace without one timer wake-up per frame. Every frame is reported as a SENT event.
 */
public final class FrameSender implements Engine {
    public static final String SOURCE = "frame-sender";
    /** Frames sent between two looks at the clock and the stop signal when there is no rate. */
    private static final int CHUNK = 4096;

    private final FrameSenderSettings settings;
    private final EventSink sink;
    private final StopSignal stop = new StopSignal();
    private volatile RawSocket socket;
    private volatile FrameSendSummary summary = FrameSendSummary.NONE;

    public FrameSender(FrameSenderSettings settings, EventSink sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** What the last {@link #run()} did; {@link FrameSendSummary#NONE} before it. */
    public FrameSendSummary summary() {
        return summary;
    }

    /** A name for the thread that runs this engine, e.g. {@code frame-sender-lo}. */
    public String threadName() {
        return "frame-sender-" + settings.interfaceName();
    }

    @Override
    public void run() throws EngineException {
        String name = settings.interfaceName();
        if (stop.isRaised()) {
            return;
        }
        try {
            settings.validate();
        } catch (InvalidInputException e) {
            throw fail(e.getMessage(), e, true, name, "");
        }
        byte[] frame = settings.frame();   // one copy, shared read-only by every SENT event
        String destination = MacAddress.of(frame, 0).toString();
        try (RawSocket s = RawSocket.forSending(name)) {
            socket = s;
            if (stop.isRaised()) {
                return;
            }
            InterfaceInfo link = s.link();
            if (!link.ethernet()) {
                throw fail(name + " carries bare IP packets without an Ethernet header (a tun or similar link), so it cannot"
                        + " send Ethernet frames; pick an Ethernet interface or lo.", null, true, name, destination);
            }
            sendAll(s, link, frame, destination);
        } catch (RawSocketException e) {
            if (!stop.stopped()) {
                throw fail(e.getMessage(), e, e.isBadInput(), name, destination);
            }
        } finally {
            socket = null;
        }
    }

    private void sendAll(RawSocket s, InterfaceInfo link, byte[] frame, String destination) throws EngineException {
        String name = link.name();
        long count = settings.count();
        long rate = settings.ratePerSecond();
        String sentMessage = "Sent a " + frame.length + "-byte frame to " + destination + " on " + name + ".";
        sink.publish(NetEvent.info(SOURCE, name, destination, "Sending " + String.format(Locale.ROOT, "%,d", count) + " frame"
                + (count == 1 ? "" : "s") + " of " + frame.length + " bytes on " + link.describe()
                + (rate == 0 ? "" : " at " + String.format(Locale.ROOT, "%,d", rate) + " frames/s") + "."
                + (link.loopback() ? "" : " Unlike lo, " + name + " carries them to whatever is connected to it.")));
        long start = System.nanoTime();
        long sent = 0;
        RawSocketException failure = null;
        try {
            while (sent < count && !stop.stopped()) {
                long n = Math.min(count - sent, CHUNK);
                if (rate > 0) {
                    long due = Math.min(count, (long) ((System.nanoTime() - start) / 1e9 * rate) + 1);
                    if (due <= sent) {
                        if (!stop.pauseUntil(start + (long) (sent * 1e9 / rate))) {
                            break;
                        }
                        continue;
                    }
                    n = Math.min(due - sent, CHUNK);
                }
                int went;
                if (n == 1) {
                    s.send(frame);
                    went = 1;
                } else {
                    went = s.sendBatch(frame, (int) n);
                }
                for (int i = 0; i < went; i++) {
                    sink.publish(NetEvent.sent(SOURCE, name, destination, frame, sentMessage));
                }
                sent += went;
            }
        } catch (RawSocketException e) {
            if (!stop.stopped()) {
                failure = e;
            }
        }
        summary = FrameSendSummary.of(sent, System.nanoTime() - start);
        if (failure != null) {
            // Reported before the summary so the log reads: what went wrong, then how far we got.
            sink.publish(NetEvent.error(SOURCE, name, destination, failure.getMessage(), failure));
            sink.publish(NetEvent.info(SOURCE, name, destination, summary.sentence()));
            throw new EngineException(failure.getMessage(), failure, failure.isBadInput());
        }
        sink.publish(NetEvent.info(SOURCE, name, destination, summary.sentence()));
    }

    private EngineException fail(String sentence, Throwable cause, boolean badInput, String local, String remote) {
        sink.publish(NetEvent.error(SOURCE, local, remote, sentence, cause));
        return new EngineException(sentence, cause, badInput);
    }

    @Override
    public void close() {
        stop.raise();
        RawSocket s = socket;
        if (s != null) {
            s.close();
        }
    }
}
