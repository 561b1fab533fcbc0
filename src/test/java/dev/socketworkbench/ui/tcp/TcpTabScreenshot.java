package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.net.tcp.Transport;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.MainWindow;
import dev.socketworkbench.ui.StatusBar;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the TCP tab to PNG files for a look at the layout; runs only when asked:
 * {@code mvn test -Dtest=TcpTabScreenshot -Dtcp.screenshots=/tmp/shots}.
 */
@EnabledIfSystemProperty(named = "tcp.screenshots", matches = ".+")
class TcpTabScreenshot {

    @Test
    void renderTheTab() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("tcp.screenshots")));
        FxThread.startToolkit();
        EngineRunner engines = new EngineRunner();
        StatusLine status = new StatusLine();
        TcpTab tab = FxThread.call(() -> new TcpTab(new TabContext(engines, status, Workspace.defaults())));
        Stage stage = FxThread.call(() -> {
            tab.remember(new FieldMemory(Map.of()));
            MainWindow window = new MainWindow(List.of(tab), new StatusBar(status, engines.runningCountProperty()));
            Scene scene = new Scene(window, 1250, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            return s;
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("tcp-1-fresh.png"));

        TcpTabModel model = tab.model();
        FxThread.run(() -> {
            model.server().portProperty().set("0");
            model.server().readMessageFirstProperty().set(true);
            model.server().start();
        });
        FxThread.awaitValue(() -> model.server().stateProperty(), ListenerLifecycle.State.LISTENING);
        String bound = FxThread.call(() -> model.server().boundAddressProperty().get());
        FxThread.run(() -> {
            model.client().portProperty().set(bound.substring(bound.indexOf(':') + 1));
            model.client().lineEndingProperty().set(dev.socketworkbench.net.tcp.LineEnding.CRLF);
            model.client().connect();
        });
        FxThread.awaitValue(() -> model.client().stateProperty(), TcpClientModel.State.CONNECTED);
        FxThread.run(() -> model.client().send());   // within the server's one second of waiting for a message
        save(stage, folder.resolve("tcp-2-connected.png"));
        FxThread.awaitValue(() -> model.client().stateProperty(), TcpClientModel.State.DISCONNECTED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThread.call(() -> tab.view().log().countsProperty().get().received() >= 2));
        save(stage, folder.resolve("tcp-3-greeted.png"));

        FxThread.run(() -> {
            model.server().stop();
            model.client().portProperty().set("70000");
            model.client().formatProperty().set(dev.socketworkbench.net.payload.PayloadFormat.HEX);
            model.client().payloadProperty().set("48 65 6g");
            model.server().bindAddressProperty().set("0.0.0.0");
            model.server().backlogProperty().set("0");
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("tcp-4-errors.png"));

        FxThread.run(() -> {
            model.client().transportProperty().set(Transport.UNIX);
            model.server().transportProperty().set(Transport.UNIX);
            model.client().formatProperty().set(dev.socketworkbench.net.payload.PayloadFormat.TEXT);
            model.client().payloadProperty().set("hello");
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("tcp-5-unix.png"));
        FxThread.run(() -> {
            engines.stopAll();
            stage.hide();
        });
    }

    private static void save(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = FxThread.call(() -> stage.getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
