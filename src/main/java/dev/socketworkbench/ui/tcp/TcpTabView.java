package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.ui.log.LogConsole;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The TCP tab's content: the Client and Simple server cards side by side, and below them the one log
 * both engines write to. The divider between forms and log can be dragged; the forms scroll when the
 * window is too small for them.
 */
public final class TcpTabView extends SplitPane {
    private final TcpTabModel model;
    private final LogConsole log;
    private TcpClientPane clientPane;
    private TcpServerPane serverPane;
    private HBox cards;
    private ScrollPane formsScroller;
    /** The forms height the divider was last placed for. */
    private double formsHeightPlaced = -1;

    /** @param log the console whose {@link LogConsole#eventSink()} the model reports to */
    public TcpTabView(TcpTabModel model, LogConsole log) {
        this.model = Objects.requireNonNull(model, "model");
        this.log = Objects.requireNonNull(log, "log");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        clientPane = new TcpClientPane(model.client());
        serverPane = new TcpServerPane(model.server());
        log.setId("tcpLog");
    }

    private void layoutParts() {
        getStyleClass().add("tcp-tab");
        setOrientation(Orientation.VERTICAL);
        HBox.setHgrow(clientPane, Priority.ALWAYS);
        HBox.setHgrow(serverPane, Priority.ALWAYS);
        clientPane.setMaxWidth(Double.MAX_VALUE);
        serverPane.setMaxWidth(Double.MAX_VALUE);
        // The client has more to show; it gets the larger share of the width.
        clientPane.setPrefWidth(0);
        serverPane.setPrefWidth(0);
        clientPane.setMinWidth(520);
        serverPane.setMinWidth(420);
        cards = new HBox(12, clientPane, serverPane);
        cards.getStyleClass().add("tcp-cards");
        formsScroller = new ScrollPane(cards);
        formsScroller.getStyleClass().add("tcp-forms");
        formsScroller.setFitToWidth(true);
        formsScroller.setFitToHeight(true);
        formsScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        log.getStyleClass().add("tcp-log");
        getItems().setAll(formsScroller, log);
        setDividerPositions(0.55);
        // Extra window height goes to the log; the forms keep what they need.
        SplitPane.setResizableWithParent(formsScroller, false);
    }

    /**
     * Gives the forms the height they need and the log the rest, again whenever that need changes (a
     * status line or an error sentence wraps), so Start and Send never slide out of sight below the
     * divider. The forms scroll only when they need more than three quarters of the tab.
     */
    @Override
    protected void layoutChildren() {
        if (getHeight() > 0 && getWidth() > 0) {
            Insets insets = formsScroller.getInsets();
            double forms = cards.prefHeight(getWidth() - insets.getLeft() - insets.getRight()) + insets.getTop() + insets.getBottom();
            if (Math.abs(forms - formsHeightPlaced) > 0.5) {
                formsHeightPlaced = forms;
                setDividerPositions(Math.max(0.3, Math.min(0.75, forms / getHeight())));
            }
        }
        super.layoutChildren();
    }

    private void bindFieldsToModel() {
        // Every control binds inside its card; the view itself only arranges them.
    }

    public TcpClientPane clientPane() {
        return clientPane;
    }

    public TcpServerPane serverPane() {
        return serverPane;
    }

    public LogConsole log() {
        return log;
    }
}
