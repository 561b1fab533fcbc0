package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.ui.log.LogConsole;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Test helper: finds a tab's action buttons (every Button and ToggleButton, but not the log console's,
 * which the log owns, nor the choices of a SegmentedButton, which pick a value rather than act) and checks
 * that each one shows a glyph from {@link Icons}, and that an icon-only one describes itself. Call on the
 * JavaFX thread, after the tab has been shown (so ScrollPanes and SplitPanes have their skins).
 */
public final class ActionButtons {
    private ActionButtons() { }

    /** The action buttons under {@code root}, hidden ones included (a hidden section still needs its glyphs). */
    public static List<ButtonBase> under(Parent root) {
        List<ButtonBase> found = new ArrayList<>();
        collect(root, found);
        return found.stream().distinct().toList();
    }

    private static void collect(Node node, List<ButtonBase> found) {
        if (node instanceof LogConsole || node instanceof SegmentedButton) {
            return;
        }
        if (node instanceof Button || node instanceof ToggleButton) {
            found.add((ButtonBase) node);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);   // also before the skin exists
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> collect(item, found));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    /**
     * Asserts that at least {@code atLeast} action buttons are found under {@code root}, that each shows a
     * workbench glyph, that a button without text is icon-only, and that an icon-only button has a tooltip,
     * an accessible text and the icon-button style.
     */
    public static void assertEveryOneHasAGlyph(Parent root, int atLeast) {
        List<ButtonBase> buttons = under(root);
        assertTrue(buttons.size() >= atLeast, "found only " + buttons.size() + " action buttons: " + buttons);
        for (ButtonBase button : buttons) {
            String name = describe(button);
            assertNotNull(glyphOf(button), name + " has no glyph");
            assertTrue(button.getGraphic().getStyleClass().contains(Icons.GLYPH_STYLE_CLASS), name + "'s glyph is not coloured by app.css");
            boolean iconOnly = button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
            if (button.getText() == null || button.getText().isBlank()) {
                assertTrue(iconOnly, name + " has no text, so it must be an icon-only button (Icons.iconButton)");
            }
            if (iconOnly) {
                assertNotNull(button.getTooltip(), name + " is icon-only but has no tooltip");
                assertFalse(button.getTooltip().getText().isBlank(), name + "'s tooltip is empty");
                assertFalse(button.getAccessibleText() == null || button.getAccessibleText().isBlank(),
                        name + " is icon-only but has no accessible text");
                assertTrue(button.getStyleClass().contains(Icons.BUTTON_STYLE_CLASS), name + " is not made by Icons.iconButton");
            }
        }
    }

    /** The glyph a button shows, or null if it shows none (or something that is not an icon). */
    public static Ikon glyphOf(Labeled button) {
        return button.getGraphic() instanceof FontIcon icon ? icon.getIconCode() : null;
    }

    private static String describe(ButtonBase button) {
        return button.getClass().getSimpleName() + (button.getId() == null ? "" : " #" + button.getId()) + " \"" + button.getText() + "\"";
    }
}
