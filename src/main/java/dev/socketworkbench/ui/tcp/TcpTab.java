package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.tool.ToolTab;
import dev.socketworkbench.ui.log.LogConsole;

/**
 * The TCP tool: a client that connects, sends and half-closes, and the seeds' one-at-a-time server,
 * with one log for both. Every read the client makes is one log row with its size, which shows that
 * TCP is a byte stream without message boundaries.
 */
public final class TcpTab extends ToolTab<TcpTabModel, TcpTabView> {
    /** Builds the tab; call on the JavaFX thread. */
    public TcpTab(TabContext context) {
        super("tcp", "TCP", context, sink -> new TcpTabModel(context.engines(), context.status(), sink));
    }

    @Override
    protected TcpTabView createView(TcpTabModel model, LogConsole log) {
        return new TcpTabView(model, log);
    }
}
