package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.App;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar glyphs resolve from the icon pack, buttons carry their descriptions, and the app icon ships in every size. */
class IconsTest {
    private static final Map<String, Supplier<FontIcon>> GLYPHS = Map.ofEntries(
            Map.entry("start", Icons::start), Map.entry("stop", Icons::stop), Map.entry("send", Icons::send),
            Map.entry("clear", Icons::clear), Map.entry("export", Icons::export), Map.entry("copy", Icons::copy),
            Map.entry("connect", Icons::connect), Map.entry("disconnect", Icons::disconnect), Map.entry("pause", Icons::pause),
            Map.entry("filter", Icons::filter), Map.entry("listen", Icons::listen), Map.entry("sendRepeated", Icons::sendRepeated),
            Map.entry("launch", Icons::launch), Map.entry("cancel", Icons::cancel), Map.entry("halfClose", Icons::halfClose),
            Map.entry("disconnectClient", Icons::disconnectClient), Map.entry("refresh", Icons::refresh),
            Map.entry("save", Icons::save), Map.entry("resetTemplate", Icons::resetTemplate),
            Map.entry("captureStart", Icons::captureStart), Map.entry("back", Icons::back));

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    @Test
    void everyGlyphResolvesToItsOwnCodeAtToolbarSize() throws Exception {
        Set<Integer> codes = new HashSet<>();
        for (var entry : GLYPHS.entrySet()) {
            FontIcon icon = FxThread.call(() -> entry.getValue().get());
            assertTrue(icon.getIconCode() != null, entry.getKey() + " has no glyph");
            assertFalse(icon.getText().isEmpty(), entry.getKey() + " renders no character");
            assertEquals(Icons.GLYPH_SIZE, icon.getIconSize(), entry.getKey());
            assertTrue(icon.getStyleClass().contains(Icons.GLYPH_STYLE_CLASS), entry.getKey());
            codes.add(icon.getIconCode().getCode());
        }
        assertEquals(GLYPHS.size(), codes.size(), "two actions share one glyph");
    }

    @Test
    void iconButtonShowsOnlyTheGlyphAndDescribesItself() throws Exception {
        FontIcon icon = FxThread.call(Icons::clear);
        Button button = FxThread.call(() -> Icons.iconButton(icon, "Clear the log"));
        assertSame(icon, button.getGraphic());
        assertEquals(ContentDisplay.GRAPHIC_ONLY, button.getContentDisplay());
        assertEquals("Clear the log", button.getTooltip().getText());
        assertEquals("Clear the log", button.getAccessibleText());
        assertTrue(button.getStyleClass().contains(Icons.BUTTON_STYLE_CLASS));
    }

    @Test
    void aSwappingButtonShowsTheGlyphOfWhatAClickWillDo() throws Exception {
        BooleanProperty running = new SimpleBooleanProperty(false);
        FontIcon stop = FxThread.call(Icons::stop);
        FontIcon start = FxThread.call(Icons::start);
        ToggleButton button = FxThread.call(() -> {
            ToggleButton b = new ToggleButton("Start");
            Icons.swapWith(b, running, stop, start);
            return b;
        });
        assertSame(start, FxThread.call(button::getGraphic));
        FxThread.run(() -> running.set(true));
        assertSame(stop, FxThread.call(button::getGraphic));
        FxThread.run(() -> running.set(false));
        assertSame(start, FxThread.call(button::getGraphic));
    }

    @Test
    void theGlyphsAreColouredFromTheStylesheet() throws Exception {
        // app.css gives every glyph the palette's muted grey and the glyphs on primary buttons white.
        Color muted = Color.web("#57606a");
        FontIcon plain = FxThread.call(Icons::send);
        FontIcon primary = FxThread.call(Icons::send);
        FxThread.run(() -> {
            Button normal = new Button("Send", plain);
            Button blue = new Button("Send", primary);
            blue.getStyleClass().add("udp-primary-button");
            blue.setDisable(true);   // disabled keeps its colour; the button fades as a whole
            Scene scene = new Scene(new HBox(normal, blue));
            scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("app.css")).toExternalForm());
            scene.getRoot().applyCss();
        });
        assertEquals(muted, FxThread.call(plain::getIconColor));
        assertEquals(Color.WHITE, FxThread.call(primary::getIconColor));
    }

    @Test
    void iconButtonRefusesAMissingDescription() throws Exception {
        FontIcon icon = FxThread.call(Icons::send);
        assertThrows(IllegalArgumentException.class, () -> Icons.iconButton(icon, " "));
        assertThrows(IllegalArgumentException.class, () -> Icons.iconButton(icon, null));
    }

    @Test
    void appIconLoadsInEveryShippedSize() throws Exception {
        List<Image> images = FxThread.call(Icons::appIcons);
        assertEquals(Icons.APP_ICON_SIZES.size(), images.size());
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            int size = Icons.APP_ICON_SIZES.get(i);
            assertFalse(image.isError(), Icons.appIconResource(size) + " did not load");
            assertEquals(size, image.getWidth(), Icons.appIconResource(size));
            assertEquals(size, image.getHeight(), Icons.appIconResource(size));
        }
    }
}
