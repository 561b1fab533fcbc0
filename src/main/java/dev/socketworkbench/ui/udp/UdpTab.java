package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.log.LogConsole;
import javafx.scene.Node;

/**
 * The UDP tool: send datagrams and listen for them, with one log for both. It puts the seed programs
 * (sendto, bind + recvfrom, the echo and "Got your message!" servers, Client1.py's wait for a reply)
 * behind one form each.
 */
public final class UdpTab implements WorkbenchTab {
    private final LogConsole log;
    private final UdpTabModel model;
    /** Built the first time the tab is shown: a tab nobody opens costs no nodes, skins or styling. */
    private UdpTabView view;

    /** Builds the tab; call on the JavaFX thread. */
    public UdpTab(TabContext context) {
        log = new LogConsole();
        log.setCapacity(context.workspace().logCapacity());
        model = new UdpTabModel(context.engines(), context.status(), log.eventSink());
    }

    @Override
    public String title() {
        return "UDP";
    }

    @Override
    public String id() {
        return "udp";
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

    public UdpTabModel model() {
        return model;
    }

    public UdpTabView view() {
        if (view == null) {
            view = new UdpTabView(model, log);
        }
        return view;
    }
}
