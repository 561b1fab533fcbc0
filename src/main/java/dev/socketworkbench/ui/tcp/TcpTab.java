package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.log.LogConsole;
import javafx.scene.Node;

/**
 * The TCP tool: a client that connects, sends and half-closes, and the seeds' one-at-a-time server,
 * with one log for both. Every read the client makes is one log row with its size, which shows that
 * TCP is a byte stream without message boundaries.
 */
public final class TcpTab implements WorkbenchTab {
    private final LogConsole log;
    private final TcpTabModel model;
    /** Built the first time the tab is shown: a tab nobody opens costs no nodes, skins or styling. */
    private TcpTabView view;

    /** Builds the tab; call on the JavaFX thread. */
    public TcpTab(TabContext context) {
        log = new LogConsole();
        log.setCapacity(context.workspace().logCapacity());
        model = new TcpTabModel(context.engines(), context.status(), log.eventSink());
    }

    @Override
    public String title() {
        return "TCP";
    }

    @Override
    public String id() {
        return "tcp";
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

    public TcpTabModel model() {
        return model;
    }

    public TcpTabView view() {
        if (view == null) {
            view = new TcpTabView(model, log);
        }
        return view;
    }
}
