package dev.socketworkbench.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Where a listening engine of a tab (the UDP listener, the one-at-a-time TCP server) is in its life,
 * as the form shows it: the state, whether Start has been pressed and the engine not yet ended, the
 * status sentence and the address really bound. The models decide when; this class keeps the four
 * properties consistent with each other. Use on the JavaFX thread.
 */
public final class ListenerLifecycle {
    /** Where the listener is in its life. */
    public enum State {
        /** Not started, or stopped by the user. */
        STOPPED,
        /** Started; the socket is not bound yet. */
        STARTING,
        /** Bound: receiving, or accepting connections. */
        LISTENING,
        /** Could not start, or the network failed; the log and the form say why. */
        FAILED
    }

    private static final PseudoClass LISTENING = PseudoClass.getPseudoClass("listening");
    private static final PseudoClass STARTING = PseudoClass.getPseudoClass("starting");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final String idleText;
    private final ReadOnlyObjectWrapper<State> state;
    private final ReadOnlyBooleanWrapper active;
    private final ReadOnlyStringWrapper statusText;
    private final ReadOnlyStringWrapper boundAddress;

    /**
     * @param bean     the model the properties belong to
     * @param idleText the status sentence while stopped, e.g. "Not listening."
     */
    public ListenerLifecycle(Object bean, String idleText) {
        this.idleText = idleText;
        this.state = new ReadOnlyObjectWrapper<>(bean, "state", State.STOPPED);
        this.active = new ReadOnlyBooleanWrapper(bean, "active", false);
        this.statusText = new ReadOnlyStringWrapper(bean, "statusText", idleText);
        this.boundAddress = new ReadOnlyStringWrapper(bean, "boundAddress", "");
    }

    /** Start was pressed and the engine launched. */
    public void starting() {
        active.set(true);
        state.set(State.STARTING);
        statusText.set("Starting\u2026");
    }

    /**
     * The engine is bound at {@code where}; {@code sentence} is the status to show. Returns false
     * (and changes nothing) when the engine is no longer starting: it stopped before this news came.
     */
    public boolean listening(String where, String sentence) {
        if (state.get() != State.STARTING) {
            return false;
        }
        boundAddress.set(where);
        state.set(State.LISTENING);
        statusText.set(sentence);
        return true;
    }

    /** The engine ended as asked; returns where it was bound ("" if it never was). */
    public String stopped() {
        return end(State.STOPPED, idleText);
    }

    /** The engine failed; {@code sentence} is the status to show. Returns where it was bound, or "". */
    public String failed(String sentence) {
        return end(State.FAILED, sentence);
    }

    private String end(State how, String sentence) {
        String where = boundAddress.get();
        active.set(false);
        boundAddress.set("");
        state.set(how);
        statusText.set(sentence);
        return where;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True from Start until the engine has stopped or failed. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The address really bound while listening (e.g. {@code 127.0.0.1:6667}), else "". */
    public ReadOnlyStringProperty boundAddressProperty() {
        return boundAddress.getReadOnlyProperty();
    }

    /** Keeps the :listening, :starting and :failed pseudo-classes of {@code nodes} (a status dot and label) on the state. */
    public static void showOn(ReadOnlyObjectProperty<State> state, Node... nodes) {
        List<Node> targets = List.of(nodes);
        Runnable show = () -> {
            State now = state.get();
            for (Node node : targets) {
                node.pseudoClassStateChanged(LISTENING, now == State.LISTENING);
                node.pseudoClassStateChanged(STARTING, now == State.STARTING);
                node.pseudoClassStateChanged(FAILED, now == State.FAILED);
            }
        };
        state.addListener((o, before, now) -> show.run());
        show.run();
    }
}
