package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar glyphs resolve from the icon pack, buttons carry their descriptions, and the app icon ships in every size. */
class IconsTest {
    private static final Map<String, Supplier<FontIcon>> GLYPHS = Map.of(
            "start", Icons::start, "stop", Icons::stop, "send", Icons::send, "clear", Icons::clear,
            "export", Icons::export, "copy", Icons::copy, "connect", Icons::connect,
            "disconnect", Icons::disconnect, "pause", Icons::pause, "filter", Icons::filter);

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
