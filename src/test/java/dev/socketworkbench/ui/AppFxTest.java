package dev.socketworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.settings.WindowBounds;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.settings.WorkspaceStore;
import dev.socketworkbench.ui.common.EngineTask;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.LoopbackReceiveEngine;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application shell end to end: start, status bar, engines, and the workspace across runs. */
class AppFxTest {

    @TempDir
    Path configDir;

    private App app;
    private Stage stage;

    /** A tool tab for tests: one remembered text field, and optionally an engine it starts. */
    static final class NotesTab implements WorkbenchTab {
        final String id;
        final TabContext context;
        final StringProperty note = new SimpleStringProperty("default note");
        LoopbackReceiveEngine engine;
        EngineTask<LoopbackReceiveEngine> task;
        int shutdowns;

        NotesTab(String id, TabContext context) {
            this.id = id;
            this.context = context;
        }

        @Override
        public String title() {
            return "Notes " + id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Node content() {
            TextField field = new TextField();
            field.textProperty().bindBidirectional(note);
            return field;
        }

        @Override
        public void remember(FieldMemory memory) {
            memory.remember(id + ".note", note);
        }

        void startEngine() throws Exception {
            engine = new LoopbackReceiveEngine();
            task = context.engines().start(engine, "notes-listener-" + engine.port());
        }

        @Override
        public void shutdown() {
            shutdowns++;
            if (task != null) {
                context.engines().stop(task);
            }
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    @AfterEach
    void closeIfOpen() throws Exception {
        if (stage != null && FxThread.call(stage::isShowing)) {
            close();
        }
    }

    private WorkspaceStore store() {
        return new WorkspaceStore(configDir);
    }

    private void launch(App.TabFactory tabs) throws Exception {
        app = new App(store(), tabs);
        app.init();
        stage = FxThread.call(() -> {
            Stage s = new Stage();
            app.start(s);
            return s;
        });
    }

    /** What closing the window does: hide it, then the toolkit calls stop(). */
    private void close() throws Exception {
        FxThread.run(() -> {
            stage.hide();
            app.stop();
        });
    }

    private List<NotesTab> launchWithNotes(String... ids) throws Exception {
        List<NotesTab> created = new java.util.ArrayList<>();
        launch(context -> {
            for (String id : ids) {
                created.add(new NotesTab(id, context));
            }
            return List.copyOf(created);
        });
        return created;
    }

    @Test
    void startsWithAnEmptyConfigFolderAndShowsTheWindow() throws Exception {
        launch(App::createTabs);
        FxThread.run(() -> {
            assertTrue(stage.isShowing());
            assertEquals("Socket Workbench 0.1.0", stage.getTitle());
            assertEquals(StatusLine.READY, app.window().statusBar().message().getText());
            assertEquals("No engines running", app.window().statusBar().engineCount().getText());
            assertFalse(app.window().tabPane().getTabs().isEmpty(), "the standard tools are registered");
            assertNull(stage.getScene().lookup(".empty-workbench"), "no placeholder once a tool is registered");
            assertTrue(stage.getScene().getStylesheets().get(0).endsWith("app.css"));
        });
        close();
        assertTrue(Files.isRegularFile(store().file()), "closing saves the workspace");
        assertFalse(store().load().hasWarning());
    }

    @Test
    void aToolsContentJoinsTheWindowWhenItsTabIsFirstSelectedAndItsFieldsAreSavedEitherWay() throws Exception {
        List<NotesTab> notes = launchWithNotes("first", "second");
        FxThread.run(() -> {
            var tabs = app.window().tabPane().getTabs();
            assertTrue(tabs.get(0).getContent() instanceof TextField, "the selected tool is drawn at start");
            assertNull(tabs.get(1).getContent(), "a tool nobody looked at is not styled or laid out yet");
            notes.get(1).note.set("typed before the tab was ever shown");
            app.window().tabPane().getSelectionModel().select(1);
            assertTrue(tabs.get(1).getContent() instanceof TextField, "selecting the tab shows its tool");
            assertEquals("typed before the tab was ever shown", ((TextField) tabs.get(1).getContent()).getText());
            app.window().tabPane().getSelectionModel().select(0);
            assertTrue(tabs.get(1).getContent() instanceof TextField, "the content stays once shown");
        });
        close();
        assertEquals("typed before the tab was ever shown", store().load().workspace().fields().get("second.note"));
    }

    @Test
    void corruptSettingsAreReportedInTheStatusBarBackedUpAndReplacedAtExit() throws Exception {
        byte[] corrupt = "{\n  \"window\": {\n    \"width\": 800,\n".getBytes(StandardCharsets.UTF_8);
        Files.write(store().file(), corrupt);
        launch(App::createTabs);
        FxThread.run(() -> {
            assertTrue(stage.isShowing(), "a corrupt file does not stop the app");
            StatusBar bar = app.window().statusBar();
            String message = bar.message().getText();
            assertTrue(message.startsWith("The settings file " + store().file() + " was corrupt (line "), message);
            assertTrue(message.endsWith(" and the defaults are used."), message);
            assertEquals(StatusLine.Level.WARNING, app.status().level());
            assertTrue(bar.message().getPseudoClassStates().contains(PseudoClass.getPseudoClass("warning")));
        });
        List<Path> backups;
        try (Stream<Path> files = Files.list(configDir)) {
            backups = files.filter(p -> p.getFileName().toString().matches("workspace\\.json\\.corrupt-\\d{8}-\\d{6}\\.bak")).toList();
        }
        assertEquals(1, backups.size());
        assertArrayEquals(corrupt, Files.readAllBytes(backups.get(0)));
        close();
        WorkspaceStore.LoadResult next = store().load();
        assertFalse(next.hasWarning(), "exit writes a good file again");
    }

    @Test
    void geometryFieldsAndSelectedTabSurviveASaveLoadCycle() throws Exception {
        List<NotesTab> first = launchWithNotes("one", "two");
        FxThread.run(() -> {
            assertEquals("default note", first.get(0).note.get());
            stage.setX(130);
            stage.setY(90);
            stage.setWidth(820);
            stage.setHeight(540);
            first.get(0).note.set("hello from run one");
            app.window().selectTab("two");
        });
        close();

        Workspace saved = store().load().workspace();
        assertEquals(new WindowBounds(130.0, 90.0, 820, 540, false), saved.window());
        assertEquals("two", saved.selectedTab());
        assertEquals(Map.of("one.note", "hello from run one", "two.note", "default note"), saved.fields());

        List<NotesTab> second = launchWithNotes("one", "two");
        FxThread.run(() -> {
            assertEquals("hello from run one", second.get(0).note.get());
            assertEquals(130, stage.getX());
            assertEquals(90, stage.getY());
            assertEquals(820, stage.getWidth());
            assertEquals(540, stage.getHeight());
            assertEquals("two", app.window().selectedTabId());
            assertEquals("Notes two", app.window().tabPane().getSelectionModel().getSelectedItem().getText());
        });
    }

    @Test
    void aWindowSavedOffScreenIsBroughtBack() throws Exception {
        store().save(Workspace.defaults().withWindow(new WindowBounds(9000.0, 7000.0, 700, 500, false)));
        launch(App::createTabs);
        FxThread.run(() -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            assertTrue(screen.contains(window), window + " should lie on " + screen);
            assertEquals(700, stage.getWidth());
        });
    }

    @Test
    void statusBarCountsRunningEnginesAndClosingStopsThem() throws Exception {
        List<NotesTab> tabs = launchWithNotes("one", "two");
        FxThread.run(() -> {
            tabs.get(0).startEngine();
            tabs.get(1).startEngine();
        });
        assertTrue(tabs.get(0).engine.receiving.await(10, TimeUnit.SECONDS));
        assertTrue(tabs.get(1).engine.receiving.await(10, TimeUnit.SECONDS));
        FxThread.awaitValue(() -> app.window().statusBar().engineCount().textProperty(), "2 engines running");

        close();
        for (NotesTab tab : tabs) {
            assertEquals(1, tab.shutdowns);
            assertTrue(tab.engine.isClosed());
            FxThread.awaitEnd(tab.engine.thread);
        }
        assertTrue(FxThread.threadsNamed("notes-listener-").isEmpty());
        for (Thread saver : FxThread.threadsNamed("workspace-saver")) {
            FxThread.awaitEnd(saver);
        }
    }

    @Test
    void messagesPostedFromAnyThreadReachTheStatusBar() throws Exception {
        launch(App::createTabs);
        Thread poster = Thread.ofPlatform().name("test-poster").start(() -> app.status().info("Sent 5 bytes to 127.0.0.1:6667."));
        poster.join(10_000);
        FxThread.awaitValue(() -> app.window().statusBar().message().textProperty(), "Sent 5 bytes to 127.0.0.1:6667.");
        FxThread.run(() -> assertFalse(app.window().statusBar().message().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("warning"))));
    }

    @Test
    void engineCountReadsNaturally() {
        assertEquals("No engines running", StatusBar.describe(0));
        assertEquals("1 engine running", StatusBar.describe(1));
        assertEquals("3 engines running", StatusBar.describe(3));
    }
}
