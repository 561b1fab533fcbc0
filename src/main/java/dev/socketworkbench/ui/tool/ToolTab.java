package dev.socketworkbench.ui.tool;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.log.LogConsole;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * The shape every tool tab shares: a log console, a model that reports into it, and a view of the
 * two. The model is built at once (its fields are remembered and its engines stopped at exit even if
 * the tab is never opened); the view is built the first time the tab is shown, so a tab nobody opens
 * costs no nodes, skins or styling when the window opens.
 *
 * @param <M> the tool's model
 * @param <V> the tool's view
 */
public abstract class ToolTab<M extends ToolModel, V extends Node> implements WorkbenchTab {
    private final String id;
    private final String title;
    private final LogConsole log;
    private final M model;
    private V view;

    /**
     * @param id      the workspace id, e.g. {@code udp}
     * @param title   the tab's title, e.g. "UDP"
     * @param context what the workbench offers every tab
     * @param model   makes the model from the sink of this tab's log console
     */
    protected ToolTab(String id, String title, TabContext context, Function<EventSink, M> model) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        log = new LogConsole();
        log.setCapacity(context.workspace().logCapacity());
        this.model = Objects.requireNonNull(model.apply(log.eventSink()), "model");
    }

    /** Builds the view; called once, on the JavaFX thread, when the tab is first shown. */
    protected abstract V createView(M model, LogConsole log);

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Node content() {
        return view();
    }

    @Override
    public final void remember(FieldMemory memory) {
        model.remember(memory);
    }

    @Override
    public final void shutdown() {
        model.shutdown();
    }

    public final M model() {
        return model;
    }

    public final LogConsole log() {
        return log;
    }

    /** The view, built now if the tab has not been shown yet. */
    public final V view() {
        if (view == null) {
            view = createView(model, log);
        }
        return view;
    }
}
