package dev.socketworkbench.ui.raw;

import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.tool.ToolTab;
import dev.socketworkbench.ui.log.LogConsole;
import javafx.application.Platform;

/**
 * The "Raw frames" tool: the seed "Raw Sockets on Linux" made visible. Craft an Ethernet frame field by
 * field (or as raw hex), see it as a hex dump and a Wireshark-like tree, send it on an interface once,
 * N times or at a rate, capture frames with an EtherType filter, and save them as a pcap file. When raw
 * sockets cannot work here (no CAP_NET_RAW, not Linux) a banner says why; editing still works.
 */
public final class RawFramesTab extends ToolTab<RawFramesModel, RawFramesView> {
    public RawFramesTab(TabContext context) {
        this(context, RawAccess.system());
    }

    RawFramesTab(TabContext context, RawAccess access) {
        super("raw", "Raw frames", context, sink -> new RawFramesModel(context.engines(), context.status(), sink, Platform::runLater, access));
    }

    /**
     * Built the first time the tab is shown; only then does the tab look for interfaces and raw-socket
     * permission (which loads JNA and opens a socket), so a start that never opens this tab skips both.
     */
    @Override
    protected RawFramesView createView(RawFramesModel model, LogConsole log) {
        model.checkAccess();
        return new RawFramesView(model, log);
    }
}
