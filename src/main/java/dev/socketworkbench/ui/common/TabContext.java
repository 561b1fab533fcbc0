package dev.socketworkbench.ui.common;

import dev.socketworkbench.settings.Workspace;
import java.util.Objects;

/**
 * What the workbench hands every tab when it builds it.
 *
 * @param engines   the shared runner to start and stop engines with
 * @param status    the status bar's message line
 * @param workspace the settings loaded at start (log capacity and the like; field values come through
 *                  {@link WorkbenchTab#remember(FieldMemory)})
 */
public record TabContext(EngineRunner engines, StatusLine status, Workspace workspace) {
    public TabContext {
        Objects.requireNonNull(engines, "engines");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(workspace, "workspace");
    }
}
