package dev.socketworkbench.net.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing that happened on a socket, as every engine reports it to an {@link EventSink}.
 *
 * @param timeMillis wall-clock time in milliseconds since the epoch
 * @param direction  sent, received, info or error
 * @param source     the engine that reported it, e.g. {@code udp-listener}
 * @param local      the local endpoint ({@code 127.0.0.1:6667}, a Unix path, an interface), or "" if none
 * @param remote     the remote endpoint, or "" if none
 * @param byteCount  bytes that crossed the wire; for a truncated datagram this is the count kept
 * @param payload    the bytes themselves (may be empty, never null); owned by the event, never mutated
 * @param message    one plain sentence for the user
 * @param cause      the exception behind an error, kept for the log and never shown as a stack trace; may be null
 */
public record NetEvent(long timeMillis, Direction direction, String source, String local, String remote,
                       int byteCount, byte[] payload, String message, Throwable cause) {

    private static final byte[] NONE = new byte[0];
    /**
     * The most payload bytes {@link #sentKeepingStart} keeps. The log shows every event's bytes and
     * keeps up to 100,000 rows; a row per 1 MiB send would otherwise hold gigabytes.
     */
    public static final int KEPT_PAYLOAD_BYTES = 64 * 1024;

    public NetEvent {
        Objects.requireNonNull(direction, "direction");
        source = source == null ? "" : source;
        local = local == null ? "" : local;
        remote = remote == null ? "" : remote;
        payload = payload == null ? NONE : payload;
        message = message == null ? "" : message;
    }

    public static NetEvent sent(String source, String local, String remote, byte[] payload, String message) {
        return new NetEvent(System.currentTimeMillis(), Direction.SENT, source, local, remote,
                payload.length, payload, message, null);
    }

    /**
     * A SENT event for a payload that may be large: it copies at most {@value #KEPT_PAYLOAD_BYTES}
     * bytes, while {@link #byteCount()} stays the full size, and then says so in its message. The
     * caller keeps ownership of {@code payload}.
     */
    public static NetEvent sentKeepingStart(String source, String local, String remote, byte[] payload) {
        boolean cut = payload.length > KEPT_PAYLOAD_BYTES;
        byte[] kept = Arrays.copyOf(payload, Math.min(payload.length, KEPT_PAYLOAD_BYTES));
        String message = cut ? "the log keeps the first " + KEPT_PAYLOAD_BYTES / 1024 + " KiB of the "
                + String.format(Locale.ROOT, "%,d", payload.length) + " bytes" : "";
        return new NetEvent(System.currentTimeMillis(), Direction.SENT, source, local, remote,
                payload.length, kept, message, null);
    }

    public static NetEvent received(String source, String local, String remote, byte[] payload, String message) {
        return new NetEvent(System.currentTimeMillis(), Direction.RECEIVED, source, local, remote,
                payload.length, payload, message, null);
    }

    public static NetEvent info(String source, String local, String remote, String message) {
        return new NetEvent(System.currentTimeMillis(), Direction.INFO, source, local, remote, 0, NONE, message, null);
    }

    public static NetEvent error(String source, String local, String remote, String message, Throwable cause) {
        return new NetEvent(System.currentTimeMillis(), Direction.ERROR, source, local, remote, 0, NONE, message, cause);
    }

    /** True for sent and received events, the ones that carry bytes. */
    public boolean isTraffic() {
        return direction == Direction.SENT || direction == Direction.RECEIVED;
    }

    @Override
    public String toString() {
        return direction + " " + local + " " + remote + " " + byteCount + "B " + message;
    }
}
