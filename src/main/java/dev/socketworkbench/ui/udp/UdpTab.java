package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.tool.ToolTab;
import dev.socketworkbench.ui.log.LogConsole;

/**
 * The UDP tool: send datagrams and listen for them, with one log for both. It puts the seed programs
 * (sendto, bind + recvfrom, the echo and "Got your message!" servers, Client1.py's wait for a reply)
 * behind one form each.
 */
public final class UdpTab extends ToolTab<UdpTabModel, UdpTabView> {
    /** Builds the tab; call on the JavaFX thread. */
    public UdpTab(TabContext context) {
        super("udp", "UDP", context, sink -> new UdpTabModel(context.engines(), context.status(), sink));
    }

    @Override
    protected UdpTabView createView(UdpTabModel model, LogConsole log) {
        return new UdpTabView(model, log);
    }
}
