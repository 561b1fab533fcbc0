package dev.socketworkbench.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.NetEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendFirstOrderTest {
    private final List<NetEvent> published = new ArrayList<>();
    private final SendFirstOrder order = new SendFirstOrder(published::add);

    @Test
    void withoutASendTheReadersRowsGoOutAtOnce() {
        order.fromReader(received("a"));
        assertEquals(List.of("RECEIVED a"), rows());
    }

    @Test
    void whatTheReaderHearsDuringASendFollowsItsSentRow() {
        order.sendStarts();
        order.fromReader(received("answer"));
        order.fromReader(info("Peer closed the connection"));
        assertEquals(List.of(), rows(), "held while the write is in progress");
        order.sendEnds(sent("question"));
        assertEquals(List.of("SENT question", "RECEIVED answer", "INFO Peer closed the connection"), rows());
        order.fromReader(received("later"));
        assertEquals("RECEIVED later", rows().get(3));
    }

    @Test
    void aFailedSendReleasesWhatWasHeld() {
        order.sendStarts();
        order.fromReader(received("answer"));
        order.sendEnds(null);
        assertEquals(List.of("RECEIVED answer"), rows());
    }

    @Test
    void overlappingSendsReleaseOnlyWhenTheLastEnds() {
        order.sendStarts();
        order.sendStarts();
        order.fromReader(received("x"));
        order.sendEnds(sent("one"));
        assertEquals(List.of("SENT one"), rows());
        order.sendEnds(sent("two"));
        assertEquals(List.of("SENT one", "SENT two", "RECEIVED x"), rows());
    }

    @Test
    void aLongBlockedSendLetsTheReaderThroughAfterTheCapInOrder() {
        order.sendStarts();
        for (int i = 0; i <= SendFirstOrder.MAX_HELD; i++) {
            order.fromReader(received("r" + i));
        }
        List<String> rows = rows();
        assertEquals(SendFirstOrder.MAX_HELD + 1, rows.size(), "the cap was reached: all go out, oldest first");
        assertEquals("RECEIVED r0", rows.get(0));
        assertEquals("RECEIVED r" + SendFirstOrder.MAX_HELD, rows.get(rows.size() - 1));
        order.sendEnds(sent("big"));
        assertEquals("SENT big", rows().get(rows().size() - 1));
    }

    private List<String> rows() {
        return published.stream().map(e -> e.direction() + " " + (e.direction() == Direction.INFO ? e.message()
                : new String(e.payload(), StandardCharsets.UTF_8))).toList();
    }

    private static NetEvent received(String text) {
        return NetEvent.received("tcp-client", "l", "r", text.getBytes(StandardCharsets.UTF_8), "");
    }

    private static NetEvent sent(String text) {
        return NetEvent.sent("tcp-client", "l", "r", text.getBytes(StandardCharsets.UTF_8), "");
    }

    private static NetEvent info(String text) {
        return NetEvent.info("tcp-client", "l", "r", text);
    }
}
