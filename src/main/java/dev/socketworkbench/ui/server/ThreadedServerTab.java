package dev.socketworkbench.ui.server;

import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.tool.ToolTab;
import dev.socketworkbench.ui.log.LogConsole;

/**
 * The "Threaded server" tool: the seeds' multi-threaded TCP server (MThreadserver.py, client_list.py)
 * with one thread per connection, a live connections table, the thread counts, demo clients to
 * load it, and its log.
 */
public final class ThreadedServerTab extends ToolTab<ThreadedServerModel, ThreadedServerView> {
    /** Builds the tab; call on the JavaFX thread. */
    public ThreadedServerTab(TabContext context) {
        super("server", "Threaded server", context, sink -> new ThreadedServerModel(context.engines(), context.status(), sink));
    }

    @Override
    protected ThreadedServerView createView(ThreadedServerModel model, LogConsole log) {
        return new ThreadedServerView(model, log);
    }
}
