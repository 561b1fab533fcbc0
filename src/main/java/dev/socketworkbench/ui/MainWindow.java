package dev.socketworkbench.ui;

import dev.socketworkbench.ui.common.WorkbenchTab;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The workbench's main window content: one tab per tool and the status bar below. With no tool
 * registered it shows a short placeholder instead of an empty tab strip.
 *
 * <p>A tool's content joins the scene the first time its tab is selected. Until then JavaFX neither
 * styles nor lays it out (no CSS pass, no skins), which is most of the work of opening the window:
 * the window appears after styling one tab instead of four. The tools themselves (models, engines,
 * remembered fields) are all built at start, so nothing but the drawing waits.
 */
public final class MainWindow extends BorderPane {
    private final List<WorkbenchTab> tools;
    private final StatusBar statusBar;
    private TabPane tabPane;

    public MainWindow(List<WorkbenchTab> tools, StatusBar statusBar) {
        this.tools = List.copyOf(tools);
        this.statusBar = statusBar;
        initializeParts();
        layoutParts();
    }

    private void initializeParts() {
        tabPane = new TabPane();
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabPane.getStyleClass().add("workbench-tabs");
        for (WorkbenchTab tool : tools) {
            Tab tab = new Tab(tool.title());
            tab.setId("tab-" + tool.id());
            tab.setUserData(tool);
            tabPane.getTabs().add(tab);
        }
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> showContent(selected));
        showContent(tabPane.getSelectionModel().getSelectedItem());
    }

    /** Puts the tool's content into its tab, once. */
    private static void showContent(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            tab.setContent(((WorkbenchTab) tab.getUserData()).content());
        }
    }

    private void layoutParts() {
        getStyleClass().add("main-window");
        if (tools.isEmpty()) {
            Label placeholder = new Label("No tools yet: the UDP, TCP and server tabs will appear here.");
            placeholder.getStyleClass().add("empty-workbench");
            setCenter(new StackPane(placeholder));
        } else {
            setCenter(tabPane);
        }
        setBottom(statusBar);
    }

    /** Selects the tab with this {@link WorkbenchTab#id()}; an unknown id leaves the first tab selected. */
    public void selectTab(String id) {
        tabPane.getTabs().stream()
                .filter(tab -> ((WorkbenchTab) tab.getUserData()).id().equals(id))
                .findFirst()
                .ifPresent(tab -> tabPane.getSelectionModel().select(tab));
    }

    /** The id of the selected tab, or "" if there is none. */
    public String selectedTabId() {
        Tab selected = tabPane.getSelectionModel().getSelectedItem();
        return selected == null ? "" : ((WorkbenchTab) selected.getUserData()).id();
    }

    public TabPane tabPane() {
        return tabPane;
    }

    public StatusBar statusBar() {
        return statusBar;
    }
}
