package dev.socketworkbench.ui.udp;

import dev.socketworkbench.ui.common.ListenerLifecycle;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.MainWindow;
import dev.socketworkbench.ui.StatusBar;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import dev.socketworkbench.ui.common.WorkbenchTab;
import dev.socketworkbench.ui.server.ThreadedServerTab;
import dev.socketworkbench.ui.tcp.TcpTab;
import java.awt.image.BufferedImage;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
 * Renders the UDP tab to PNG files for a look at the layout; runs only when asked:
 * {@code mvn test -Dtest=UdpTabScreenshot -Dudp.screenshots=/tmp/shots}.
 */
@EnabledIfSystemProperty(named = "udp.screenshots", matches = ".+")
class UdpTabScreenshot {

    @Test
    void renderTheTab() throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("udp.screenshots")));
        FxThread.startToolkit();
        EngineRunner engines = new EngineRunner();
        StatusLine status = new StatusLine();
        TabContext context = new TabContext(engines, status, Workspace.defaults());
        UdpTab tab = slowFx(() -> new UdpTab(context));
        Stage stage = slowFx(() -> {
            tab.remember(new FieldMemory(Map.of()));
            // The other tools only for a true tab strip.
            List<WorkbenchTab> tabs = List.of(tab, new TcpTab(context), new ThreadedServerTab(context));
            MainWindow window = new MainWindow(tabs, new StatusBar(status, engines.runningCountProperty()));
            Scene scene = new Scene(window, 1100, 760);
            scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            return s;
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("udp-1-fresh.png"));

        int port;
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = probe.getLocalPort();
        }
        UdpTabModel model = tab.model();
        FxThread.run(() -> {
            model.listen().portProperty().set(Integer.toString(port));
            model.listen().replyModeProperty().set(dev.socketworkbench.net.udp.ReplyMode.ECHO);
            model.send().portProperty().set(Integer.toString(port));
            model.send().waitForReplyProperty().set(true);
            model.listen().start();
        });
        FxThread.awaitValue(() -> model.listen().stateProperty(), ListenerLifecycle.State.LISTENING);
        FxThread.run(() -> model.send().send());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThread.call(() -> tab.view().log().countsProperty().get().received() >= 2));
        FxThread.awaitValue(() -> model.send().sendingProperty(), false);
        FxThread.run(() -> tab.view().log().table().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("udp-2-listening.png"));

        FxThread.run(() -> {
            model.send().portProperty().set("70000");
            model.send().formatProperty().set(dev.socketworkbench.net.payload.PayloadFormat.HEX);
            model.send().payloadProperty().set("48 65 6g");
            model.listen().stop();
            model.listen().bindAddressProperty().set("0.0.0.0");
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("udp-3-errors.png"));
        FxThread.run(() -> {
            model.send().portProperty().set(Integer.toString(port));
            model.send().formatProperty().set(dev.socketworkbench.net.payload.PayloadFormat.TEXT);
            model.send().payloadProperty().set("tick");
            model.send().waitForReplyProperty().set(false);
            model.send().countProperty().set("100");
            model.listen().bindAddressProperty().set("127.0.0.1");
            model.listen().start();
        });
        FxThread.awaitValue(() -> model.listen().stateProperty(), ListenerLifecycle.State.LISTENING);
        FxThread.run(() -> model.send().send());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThread.call(() -> tab.view().log().countsProperty().get().received() >= 3));
        FxThread.run(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(stage, folder.resolve("udp-4-small-window-sending.png"));
        FxThread.run(() -> {
            engines.stopAll();
            stage.hide();
        });
    }

    /** The first layout loads fonts and CSS, which takes a while on a busy machine. */
    private static <T> T slowFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void save(Stage stage, Path file) throws Exception {
        WritableImage image = slowFx(() -> stage.getScene().snapshot(null));
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
