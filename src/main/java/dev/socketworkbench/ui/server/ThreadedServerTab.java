package dev.socketworkbench.ui.server;

import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.log.LogConsole;
import javafx.scene.Node;

/**
 * The "Threaded server" tool: the seeds' multi-threaded TCP server (MThreadserver.py, client_list.py)
 * with one thread per connection, a live connections table, the thread counts, demo clients to
 * load it, and its log.
 */
public final class ThreadedServerTab implements WorkbenchTab {
    private final LogConsole log;
    private final ThreadedServerModel model;
    /** Built the first time the tab is shown: a tab nobody opens costs no nodes, skins or styling. */
    private ThreadedServerView view;

    public ThreadedServerTab(TabContext context) {
        log = new LogConsole();
        log.setCapacity(context.workspace().logCapacity());
        model = new ThreadedServerModel(context.engines(), context.status(), log.eventSink());
    }

    @Override
    public String title() {
        return "Threaded server";
    }

    @Override
    public String id() {
        return "server";
    }

    @Override
    public Node content() {
        return view();
    }

    @Override
    public void remember(FieldMemory memory) {
        model.remember(memory);
    }

    @Override
    public void shutdown() {
        model.shutdown();
    }

    public ThreadedServerModel model() {
        return model;
    }

    public LogConsole log() {
        return log;
    }

    ThreadedServerView view() {
        if (view == null) {
            view = new ThreadedServerView(model, log);
        }
        return view;
    }
}
