package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFilterTest {
    private final NetEvent hello = Events.sent("Hello\nWorld");
    private final NetEvent error = NetEvent.error("tcp-client", "", "127.0.0.1:9", "Nothing is listening on 127.0.0.1:9.", null);

    @Test
    void matchesPayloadTextIgnoringCase() {
        assertTrue(new LogFilter("hello").test(hello));
        assertTrue(new LogFilter("WORLD").test(hello));
        assertTrue(new LogFilter("o\\nw").test(hello), "the escaped line break is part of the text rendering");
        assertFalse(new LogFilter("planet").test(hello));
    }

    @Test
    void matchesMessageEndpointsDirectionAndSource() {
        assertTrue(new LogFilter("NOTHING is").test(error));
        assertTrue(new LogFilter(":9").test(error));
        assertTrue(new LogFilter("error").test(error));
        assertTrue(new LogFilter("tcp-cl").test(error));
        assertTrue(new LogFilter("sent").test(hello));
        assertFalse(new LogFilter("received").test(hello));
        assertTrue(new LogFilter("6667").test(hello));
    }

    @Test
    void emptyFilterKeepsEverything() {
        assertTrue(new LogFilter("").test(error));
    }
}
