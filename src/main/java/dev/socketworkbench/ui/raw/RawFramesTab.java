package dev.socketworkbench.ui.raw;

import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.log.LogConsole;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The "Raw frames" tool: the seed "Raw Sockets on Linux" made visible. Craft an Ethernet frame field by
 * field (or as raw hex), see it as a hex dump and a Wireshark-like tree, send it on an interface once,
 * N times or at a rate, capture frames with an EtherType filter, and save them as a pcap file. When raw
 * sockets cannot work here (no CAP_NET_RAW, not Linux) a banner says why; editing still works.
 */
public final class RawFramesTab implements WorkbenchTab {
    private final LogConsole log;
    private final RawFramesModel model;
    /** Built the first time the tab is shown: a tab nobody opens costs no nodes, skins or styling. */
    private RawFramesView view;

    public RawFramesTab(TabContext context) {
        this(context, RawAccess.system());
    }

    RawFramesTab(TabContext context, RawAccess access) {
        log = new LogConsole();
        log.setCapacity(context.workspace().logCapacity());
        model = new RawFramesModel(context.engines(), context.status(), log.eventSink(), Platform::runLater, access);
        model.checkAccess();
    }

    @Override
    public String title() {
        return "Raw frames";
    }

    @Override
    public String id() {
        return "raw";
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

    public RawFramesModel model() {
        return model;
    }

    public LogConsole log() {
        return log;
    }

    RawFramesView view() {
        if (view == null) {
            view = new RawFramesView(model, log);
        }
        return view;
    }
}
