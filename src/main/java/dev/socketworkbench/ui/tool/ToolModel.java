package dev.socketworkbench.ui.tool;

import dev.socketworkbench.ui.common.FieldMemory;

/** What the workbench needs from a tool's model: the fields to remember across restarts and a stop at exit. */
public interface ToolModel {

    /** Registers every field's property under a workspace key, which also restores the saved values. */
    void remember(FieldMemory memory);

    /** Stops the tool's engines; called on the JavaFX thread at exit and must return at once. */
    void shutdown();
}
