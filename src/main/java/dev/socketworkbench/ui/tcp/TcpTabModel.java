package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.tool.ToolModel;
import dev.socketworkbench.ui.common.StatusLine;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The TCP tab's state without any control: a {@link TcpClientModel} and a {@link TcpServerModel} that
 * both report into one event sink, the tab's log. Tests build it with a recording sink and no window.
 */
public final class TcpTabModel implements ToolModel {
    private final EventSink sink;
    private final TcpClientModel client;
    private final TcpServerModel server;

    /** A model whose engine news reaches the JavaFX thread through {@code Platform.runLater}. */
    public TcpTabModel(EngineRunner engines, StatusLine status, EventSink sink) {
        this(engines, status, sink, Platform::runLater);
    }

    public TcpTabModel(EngineRunner engines, StatusLine status, EventSink sink, Executor fxThread) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.client = new TcpClientModel(engines, status, sink, fxThread);
        this.server = new TcpServerModel(engines, status, sink, fxThread);
    }

    public TcpClientModel client() {
        return client;
    }

    public TcpServerModel server() {
        return server;
    }

    /** Where both engines report. */
    public EventSink eventSink() {
        return sink;
    }

    /** Registers every field of both halves under {@code tcp.client.*} and {@code tcp.server.*}. */
    @Override
    public void remember(FieldMemory memory) {
        client.remember(memory);
        server.remember(memory);
    }

    /** Disconnects the client and stops the server; returns at once. */
    @Override
    public void shutdown() {
        client.shutdown();
        server.stop();
    }
}
