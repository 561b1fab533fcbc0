package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.frame.Layer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The dissection as Wireshark's packet tree: one row per layer ("Internet Protocol Version 4, Src: ...")
 * with its fields underneath ("Header checksum: 0x1234 (incorrect, should be 0xb861)"). Rows with a
 * problem are flagged red, and a layer the user folds stays folded while the frame is edited.
 */
final class DissectionTree extends TreeView<FrameSelection> {
    /** On a row that is, or contains, a problem. */
    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** On a layer row (not a field). */
    static final PseudoClass LAYER = PseudoClass.getPseudoClass("layer");

    private final Set<String> folded = new HashSet<>();
    private Consumer<FrameSelection> onUserSelect = row -> { };
    /** True while the tree is changed from the model, so the change is not reported back as the user's. */
    private boolean updating;

    DissectionTree() {
        setRoot(new TreeItem<>());
        setShowRoot(false);
        getStyleClass().add("dissection-tree");
        setCellFactory(tree -> new RowCell());
        getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (!updating) {
                onUserSelect.accept(now == null ? null : now.getValue());
            }
        });
    }

    /** Rebuilds the rows for {@code dissection}. */
    void show(Dissection dissection) {
        updating = true;
        try {
            getSelectionModel().clearSelection();
            getRoot().getChildren().clear();
            if (dissection == null) {
                return;
            }
            for (Layer layer : dissection.layers()) {
                TreeItem<FrameSelection> layerItem = new TreeItem<>(FrameSelection.of(layer));
                for (Field f : layer.fields()) {
                    layerItem.getChildren().add(new TreeItem<>(FrameSelection.of(layer, f)));
                }
                layerItem.setExpanded(!folded.contains(layer.name()));
                layerItem.expandedProperty().addListener((o, was, open) -> {
                    if (open) {
                        folded.remove(layer.name());
                    } else {
                        folded.add(layer.name());
                    }
                });
                getRoot().getChildren().add(layerItem);
            }
        } finally {
            updating = false;
        }
    }

    /** Selects the row for {@code row} (unfolding its layer), or clears the selection for null. */
    void select(FrameSelection row) {
        updating = true;
        try {
            TreeItem<FrameSelection> item = row == null ? null : find(row);
            if (item == null) {
                getSelectionModel().clearSelection();
                return;
            }
            if (getSelectionModel().getSelectedItem() == item) {
                return;   // the user's own click: nothing to move
            }
            if (item.getParent() != null && item.getParent() != getRoot()) {
                item.getParent().setExpanded(true);
            }
            getSelectionModel().select(item);
            layout();   // rows just rebuilt are counted only at the next layout, so scrolling would miss them
            int index = getRow(item);
            if (index >= 0 && !isWellInView(this, index)) {
                scrollTo(Math.max(0, index - 2));
            }
        } finally {
            updating = false;
        }
    }

    /** True if row {@code index} of a list or tree is in view, not cut at its top or bottom edge. */
    static boolean isWellInView(Control control, int index) {
        if (!(control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex()
                || first != null && index == 0 && first.getIndex() == 0 && (last == null || last.getIndex() > 0);
    }

    private TreeItem<FrameSelection> find(FrameSelection row) {
        for (TreeItem<FrameSelection> layer : getRoot().getChildren()) {
            if (layer.getValue().equals(row)) {
                return layer;
            }
            for (TreeItem<FrameSelection> field : layer.getChildren()) {
                if (field.getValue().equals(row)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** Told when the user selects a row (null when the selection is cleared). */
    void setOnUserSelect(Consumer<FrameSelection> handler) {
        onUserSelect = handler == null ? row -> { } : handler;
    }

    private static final class RowCell extends TreeCell<FrameSelection> {
        @Override
        protected void updateItem(FrameSelection row, boolean empty) {
            super.updateItem(row, empty);
            boolean present = !empty && row != null;
            setText(present ? row.text() : null);
            pseudoClassStateChanged(PROBLEM, present && row.problem());
            pseudoClassStateChanged(LAYER, present && !row.isField());
        }
    }
}
