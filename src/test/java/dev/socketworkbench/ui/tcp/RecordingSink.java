package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is given, from any thread, for assertions. */
final class RecordingSink implements EventSink {
    private final List<NetEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(NetEvent event) {
        events.add(event);
    }

    List<NetEvent> events() {
        return List.copyOf(events);
    }

    /** The messages of the error events, in order. */
    List<String> errors() {
        return events.stream().filter(e -> e.direction() == Direction.ERROR).map(NetEvent::message).toList();
    }
}
