package dev.socketworkbench.ui.udp;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.tool.ToolModel;
import dev.socketworkbench.ui.common.StatusLine;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The UDP tab's state without any control: a {@link UdpSendModel} and a {@link UdpListenModel} that
 * both report into one event sink, the tab's log. Tests build it with a recording sink and no window.
 */
public final class UdpTabModel implements ToolModel {
    private final EventSink sink;
    private final UdpSendModel send;
    private final UdpListenModel listen;

    /** A model whose engine news reaches the JavaFX thread through {@code Platform.runLater}. */
    public UdpTabModel(EngineRunner engines, StatusLine status, EventSink sink) {
        this(engines, status, sink, Platform::runLater);
    }

    public UdpTabModel(EngineRunner engines, StatusLine status, EventSink sink, Executor fxThread) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.send = new UdpSendModel(engines, status, sink, fxThread);
        this.listen = new UdpListenModel(engines, status, sink, fxThread);
    }

    public UdpSendModel send() {
        return send;
    }

    public UdpListenModel listen() {
        return listen;
    }

    /** Where both engines report. */
    public EventSink eventSink() {
        return sink;
    }

    /** Registers every field of both halves under {@code udp.send.*} and {@code udp.listen.*}. */
    @Override
    public void remember(FieldMemory memory) {
        send.remember(memory);
        listen.remember(memory);
    }

    /** Stops the sender and the listener; returns at once. */
    @Override
    public void shutdown() {
        send.stop();
        listen.stop();
    }
}
