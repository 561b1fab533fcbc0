package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test events with known contents; loopback endpoints only, nothing is sent anywhere. */
final class Events {
    static final String LOCAL = "127.0.0.1:6667";
    static final String REMOTE = "127.0.0.1:5000";

    private Events() { }

    static NetEvent sent(String text) {
        return NetEvent.sent("udp-sender", REMOTE, LOCAL, text.getBytes(StandardCharsets.ISO_8859_1), "");
    }

    static NetEvent received(String text) {
        return NetEvent.received("udp-listener", LOCAL, REMOTE, text.getBytes(StandardCharsets.ISO_8859_1), "");
    }

    /** Event number {@code i}: its message is {@code i}, so tests can tell which rows survived. */
    static NetEvent numbered(int i) {
        Direction d = Direction.values()[i % 4];
        byte[] payload = d == Direction.SENT || d == Direction.RECEIVED ? new byte[i % 7] : new byte[0];
        return new NetEvent(1_700_000_000_000L + i, d, "test", LOCAL, REMOTE, payload.length, payload,
                Integer.toString(i), null);
    }

    static List<NetEvent> numbered(int from, int to) {
        List<NetEvent> events = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            events.add(numbered(i));
        }
        return events;
    }

    static int number(NetEvent event) {
        return Integer.parseInt(event.message());
    }
}
