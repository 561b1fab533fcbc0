package dev.socketworkbench.net.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrafficTotalsTest {

    @Test
    void countsEveryDirectionAndTheBytesOfTrafficOnly() {
        TrafficTotals totals = new TrafficTotals();
        totals.record(NetEvent.sent("t", "a", "b", new byte[5], ""));
        totals.record(NetEvent.sent("t", "a", "b", new byte[7], ""));
        totals.record(NetEvent.received("t", "a", "b", new byte[11], ""));
        totals.record(NetEvent.info("t", "a", "b", "hello"));
        totals.record(NetEvent.error("t", "a", "b", "oops", null));
        totals.record(NetEvent.sentKeepingStart("t", "a", "b", new byte[NetEvent.KEPT_PAYLOAD_BYTES + 1]));

        assertEquals(6, totals.events());
        assertEquals(3, totals.count(Direction.SENT));
        assertEquals(1, totals.count(Direction.RECEIVED));
        assertEquals(1, totals.count(Direction.INFO));
        assertEquals(1, totals.count(Direction.ERROR));
        assertEquals(5 + 7 + NetEvent.KEPT_PAYLOAD_BYTES + 1, totals.bytesSent(), "the full size, not what the row kept");
        assertEquals(11, totals.bytesReceived());
    }

    @Test
    void resetStartsFromNothing() {
        TrafficTotals totals = new TrafficTotals();
        totals.record(NetEvent.received("t", "a", "b", new byte[3], ""));
        totals.reset();
        assertEquals(0, totals.events());
        assertEquals(0, totals.count(Direction.RECEIVED));
        assertEquals(0, totals.bytesReceived());
        totals.record(NetEvent.received("t", "a", "b", new byte[2], ""));
        assertEquals(1, totals.count(Direction.RECEIVED));
        assertEquals(2, totals.bytesReceived());
    }
}
