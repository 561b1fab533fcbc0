package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.log.LogConsole;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The UDP tab's content: the Send and Listen cards side by side, and below them the one log both
 * engines write to. The divider between forms and log can be dragged; the forms scroll when the
 * window is too small for them.
 */
public final class UdpTabView extends SplitPane {
    private final UdpTabModel model;
    private final LogConsole log;
    private UdpSendPane sendPane;
    private UdpListenPane listenPane;
    private SideBySide cards;
    private ScrollPane formsScroller;
    private boolean dividerFollowsForms = true;
    private boolean inLayout;

    /** @param log the console whose {@link LogConsole#eventSink()} the model reports to */
    public UdpTabView(UdpTabModel model, LogConsole log) {
        this.model = Objects.requireNonNull(model, "model");
        this.log = Objects.requireNonNull(log, "log");
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    private void initializeParts() {
        sendPane = new UdpSendPane(model.send());
        listenPane = new UdpListenPane(model.listen());
        log.setId("udpLog");
    }

    private void layoutParts() {
        getStyleClass().add("udp-tab");
        setOrientation(Orientation.VERTICAL);
        cards = new SideBySide(sendPane, listenPane, 10);
        cards.getStyleClass().add("udp-cards");
        formsScroller = new ScrollPane(cards);
        formsScroller.getStyleClass().add("udp-forms");
        formsScroller.setFitToWidth(true);
        formsScroller.setFitToHeight(true);
        formsScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        log.getStyleClass().add("udp-log");
        getItems().setAll(formsScroller, log);
        setDividerPositions(0.5);
        // Extra window height goes to the log; the forms keep what they need.
        SplitPane.setResizableWithParent(formsScroller, false);
        cards.setMinHeight(Region.USE_PREF_SIZE);   // too little room scrolls the forms rather than squeezing them
        getDividers().get(0).positionProperty().addListener((o, before, now) -> {
            if (!inLayout) {
                dividerFollowsForms = false;   // the user dragged it
            }
        });
    }

    /**
     * Keeps the divider just below the forms, so an error sentence that appears pushes the log down
     * instead of hiding the Send button, until the user drags the divider; then it stays where they put it.
     */
    @Override
    protected void layoutChildren() {
        inLayout = true;
        try {
            if (dividerFollowsForms && getHeight() > 0 && getWidth() > 0) {
                Insets insets = formsScroller.getInsets();
                double forms = cards.prefHeight(getWidth() - insets.getLeft() - insets.getRight()) + insets.getTop() + insets.getBottom();
                double share = Math.max(0.2, Math.min(0.75, forms / getHeight()));
                if (Math.abs(getDividerPositions()[0] - share) > 0.001) {
                    setDividerPositions(share);
                }
            }
            super.layoutChildren();
        } finally {
            inLayout = false;
        }
    }

    private void bindFieldsToModel() {
        // Every control binds inside its card; the view itself only arranges them.
    }

    public UdpSendPane sendPane() {
        return sendPane;
    }

    public UdpListenPane listenPane() {
        return listenPane;
    }

    public LogConsole log() {
        return log;
    }
}
