package dev.socketworkbench.ui.udp;

import dev.socketworkbench.net.event.Direction;
import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps every event, for model tests without a log console. */
final class Recorder implements EventSink {
    private final List<NetEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(NetEvent event) {
        events.add(event);
    }

    List<NetEvent> events() {
        return List.copyOf(events);
    }

    List<String> messages(Direction direction) {
        return events.stream().filter(e -> e.direction() == direction).map(NetEvent::message).toList();
    }
}
