package dev.socketworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;

/**
 * Test helper: the labels and buttons under a node whose one-line text is drawn shorter than it is
 * ("Stop se..."). Rows of lists, trees and tables are left out: they may be cut on purpose and scroll.
 * Call on the JavaFX thread after a layout pass.
 */
public final class CutTexts {
    private CutTexts() { }

    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof ListView || node instanceof TreeView || node instanceof TableView) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.isWrapText() && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY && labeled.getWidth() + 0.5 < labeled.prefWidth(-1)) {
            cut.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" is " + Math.round(labeled.getWidth())
                    + " wide of " + Math.round(labeled.prefWidth(-1)));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }
}
