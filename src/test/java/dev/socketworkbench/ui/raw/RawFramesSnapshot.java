package dev.socketworkbench.ui.raw;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.raw.InterfaceInfo;
import dev.socketworkbench.settings.Workspace;
import dev.socketworkbench.ui.App;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import dev.socketworkbench.ui.common.TabContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Not a test: renders the tab headless to PNG files in target/raw-snapshots, to look at the layout
 * (javafx-swing is not a dependency, so the pixels are copied by hand). Run it on purpose with
 * {@code mvn test -Dtest=RawFramesSnapshot -Draw.snapshots=true}; otherwise it is skipped, and
 * surefire's default pattern leaves it out anyway.
 */
class RawFramesSnapshot {
    private static final Path OUT = Path.of("target", "raw-snapshots");
    private static final InterfaceInfo LO = new InterfaceInfo("lo", 1, MacAddress.ZERO, 65536, true, true, true, true);

    @BeforeAll
    static void toolkit() throws Exception {
        assumeTrue(Boolean.getBoolean("raw.snapshots"), "a layout tool, run with -Draw.snapshots=true");
        FxThread.startToolkit();
        Files.createDirectories(OUT);
    }

    @Test
    void renderTheTab() throws Exception {
        snapshot("udp-selected", "", tab -> {
            tab.model().form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
            tab.model().form().payloadProperty().set("hello from the raw frames tab");
            tab.model().selectByteAt(36);
        });
        snapshot("seed-fcs", "", tab -> tab.model().selectByteAt(82));
        snapshot("icmp-bad-checksum", "", tab -> {
            tab.model().form().templateProperty().set(FrameTemplate.ICMP_ECHO_REQUEST);
            tab.model().form().ipChecksum().overrideProperty().set(true);
            tab.model().form().ipChecksum().valueProperty().set("0x1234");
            tab.model().form().ttlProperty().set("300");
            tab.model().selectByteAt(24);
        });
        snapshot("raw-hex-banner", "Raw frames need the CAP_NET_RAW capability: start with sudo, or run "
                + "`sudo setcap cap_net_raw+ep /usr/lib/jvm/temurin-25-jdk-amd64/bin/java` and, so that this java still finds its "
                + "libraries, `echo /usr/lib/jvm/temurin-25-jdk-amd64/lib | sudo tee /etc/ld.so.conf.d/socket-workbench-java.conf "
                + "&& sudo ldconfig`.", tab -> {
            tab.model().form().templateProperty().set(FrameTemplate.ARP_WHO_HAS);
            tab.model().modeProperty().set(EditorMode.RAW_HEX);
            tab.model().rawHexProperty().set(tab.model().rawHexProperty().get() + " zz");
        });
    }

    private interface Setup {
        void apply(RawFramesTab tab) throws Exception;
    }

    private void snapshot(String name, String banner, Setup setup) throws Exception {
        RawFramesTab tab = FxThread.call(() -> new RawFramesTab(new TabContext(new EngineRunner(), new StatusLine(), Workspace.defaults()),
                () -> new RawAccess.Report(List.of(LO), banner)));
        tab.model().checkAccess().get(10, TimeUnit.SECONDS);
        Stage stage = FxThread.call(() -> {
            TabPane tabs = new TabPane(new Tab("Threaded server"), new Tab(tab.title(), tab.content()));
            tabs.getStyleClass().add("workbench-tabs");
            tabs.getSelectionModel().select(1);
            Scene scene = new Scene(tabs, 1100, 760);
            scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("app.css")).toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            return s;
        });
        FxThread.run(() -> setup.apply(tab));
        Thread.sleep(300);   // a tool, not a test: let a few pulses lay out and paint
        WritableImage image = FxThread.call(() -> stage.getScene().snapshot(null));
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", OUT.resolve(name + ".png").toFile());
        FxThread.run(() -> {
            tab.shutdown();
            stage.close();
        });
    }
}
