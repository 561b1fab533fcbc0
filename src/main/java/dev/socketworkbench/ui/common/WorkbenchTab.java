package dev.socketworkbench.ui.common;

import javafx.scene.Node;

/**
 * One tool of the workbench (UDP, TCP, ...) as the main window shows it: a title, its content and
 * the two hooks the workbench calls at start and at exit.
 */
public interface WorkbenchTab {

    /** The tab's title, e.g. "UDP". */
    String title();

    /** A stable id saved in the workspace to reselect the tab, e.g. {@code udp}; defaults to the title. */
    default String id() {
        return title();
    }

    /** The tab's content; called once. */
    Node content();

    /**
     * Registers every field's property under a workspace key (e.g. {@code udp.send.host}); called
     * once at start, right after the tab is built, which also restores the saved values.
     */
    void remember(FieldMemory memory);

    /** Stops this tab's engines; called on the JavaFX thread at exit and must return at once. */
    void shutdown();
}
