package dev.socketworkbench.ui;

import dev.socketworkbench.Main;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.settings.WorkspaceStore;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.Icons;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WindowPlacement;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.raw.RawFramesTab;
import dev.socketworkbench.ui.server.ThreadedServerTab;
import dev.socketworkbench.ui.tcp.TcpTab;
import dev.socketworkbench.ui.udp.UdpTab;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: loads the workspace, builds the main window with every tool's tab,
 * and at exit stops all engines and saves the workspace. A corrupt settings file never stops it:
 * the store moves the file aside and the status bar says so.
 */
public final class App extends Application {
    /** How long closing waits for the workspace to reach the disk. */
    static final long SAVE_TIMEOUT_MILLIS = 2_000;

    private static final System.Logger LOG = System.getLogger(App.class.getName());

    /** Builds the tabs from what the workbench offers them. */
    @FunctionalInterface
    interface TabFactory {
        List<WorkbenchTab> create(TabContext context);
    }

    private final WorkspaceStore store;
    private final TabFactory tabFactory;
    private final EngineRunner engines = new EngineRunner();
    private final StatusLine status = new StatusLine();
    private WorkspaceStore.LoadResult loaded;
    private List<WorkbenchTab> tabs = List.of();
    private FieldMemory memory;
    private MainWindow window;
    private WindowPlacement placement;

    /** The tools of the workbench, in tab order: adding a tool is one line here. */
    static List<WorkbenchTab> createTabs(TabContext context) {
        return List.of(
                new UdpTab(context),
                new TcpTab(context),
                new ThreadedServerTab(context),
                new RawFramesTab(context)
        );
    }

    /** Used by {@link Application#launch}: the store in the user's configuration folder and the standard tabs. */
    public App() {
        this(WorkspaceStore.atDefaultLocation(), App::createTabs);
    }

    App(WorkspaceStore store, TabFactory tabFactory) {
        this.store = Objects.requireNonNull(store, "store");
        this.tabFactory = Objects.requireNonNull(tabFactory, "tabFactory");
    }

    /** Reads the settings before any window exists (on the launcher thread, off the JavaFX thread). */
    @Override
    public void init() {
        loaded = store.load();
    }

    @Override
    public void start(Stage stage) {
        if (loaded == null) {
            init();
        }
        Workspace workspace = loaded.workspace();
        tabs = List.copyOf(tabFactory.create(new TabContext(engines, status, workspace)));
        memory = new FieldMemory(workspace.fields());
        tabs.forEach(tab -> tab.remember(memory));

        window = new MainWindow(tabs, new StatusBar(status, engines.runningCountProperty()));
        window.selectTab(workspace.selectedTab());
        Scene scene = new Scene(window);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("app.css"), "app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Socket Workbench " + Main.version());
        stage.getIcons().addAll(Icons.appIcons());
        placement = WindowPlacement.restore(stage, workspace.window());
        if (loaded.hasWarning()) {
            status.warning(loaded.warning());
            LOG.log(System.Logger.Level.WARNING, loaded.warning());
        }
        stage.show();
    }

    /** Stops every engine, then saves the workspace, waiting at most {@value #SAVE_TIMEOUT_MILLIS} ms. */
    @Override
    public void stop() {
        if (window == null) {
            return; // start() never ran, so there is nothing to stop or save
        }
        for (WorkbenchTab tab : tabs) {
            try {
                tab.shutdown();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Tab " + tab.id() + " failed to shut down", e);
            }
        }
        engines.stopAll();
        Workspace workspace = loaded.workspace()
                .withWindow(placement.current())
                .withSelectedTab(window.selectedTabId())
                .withFields(memory.capture());
        waitForSave(saveInBackground(workspace));
    }

    /** Saves on a thread of its own, so a slow disk cannot freeze the closing window for long. */
    private CompletableFuture<Void> saveInBackground(Workspace workspace) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Thread.ofPlatform().name("workspace-saver").daemon().start(() -> {
            try {
                store.save(workspace);
                saved.complete(null);
            } catch (IOException | RuntimeException e) {
                saved.completeExceptionally(e);
            }
        });
        return saved;
    }

    private void waitForSave(CompletableFuture<Void> saved) {
        try {
            saved.get(SAVE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "The settings could not be saved to " + store.file()
                    + " within " + SAVE_TIMEOUT_MILLIS / 1000 + " s; the disk may be slow or full, so they are lost for this run.");
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "The settings could not be saved to " + store.file() + " ("
                    + e.getCause().getMessage() + "); check that the folder is writable.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    StatusLine status() {
        return status;
    }

    EngineRunner engines() {
        return engines;
    }

    MainWindow window() {
        return window;
    }
}
