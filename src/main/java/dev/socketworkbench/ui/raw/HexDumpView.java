package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.frame.Layer;
import dev.socketworkbench.net.payload.HexDump;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A frame as a classic hex + ASCII dump, 16 bytes a row, where every byte is a cell: the bytes of the
 * selected field are highlighted in both columns, bytes of a field with a problem (a wrong checksum)
 * are marked, and clicking a byte reports its offset so the tab can select the field it belongs to.
 * Rows are virtualised, so even a 64 KiB frame on lo stays light.
 */
final class HexDumpView extends VBox {
    /** On a byte cell inside the highlighted range. */
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** On a byte cell of a field flagged as a problem. */
    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** The key under which each byte cell keeps its offset, or -1 past the end of the frame. */
    static final String OFFSET_KEY = "hex-byte-offset";

    private final ObjectProperty<ByteRange> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ListView<Row> rows = new ListView<>();
    private byte[] bytes = new byte[0];
    /** Counts the frames shown, so each one's rows differ from the last one's and repaint in place. */
    private long generation;
    private BitSet problems = new BitSet();
    private IntConsumer onByteClicked = offset -> { };
    private MenuItem copySelection;

    HexDumpView() {
        initializeParts();
        layoutParts();
        highlight.addListener((o, before, now) -> reveal(now));
    }

    private void initializeParts() {
        rows.setId("rawHexDump");
        rows.getStyleClass().add("hex-rows");
        rows.setFixedCellSize(20);
        rows.setFocusTraversable(false);
        rows.setCellFactory(list -> new RowCell());
        rows.setPlaceholder(new Label("No bytes."));
        copySelection = new MenuItem("Copy selected bytes as hex");
        copySelection.setOnAction(e -> copy(highlightedBytes()));
        MenuItem copyAll = new MenuItem("Copy the whole frame as hex");
        copyAll.setOnAction(e -> copy(HexDump.spaced(bytes)));
        MenuItem copyDump = new MenuItem("Copy the hex dump");
        copyDump.setOnAction(e -> copy(HexDump.format(bytes)));
        ContextMenu menu = new ContextMenu(copySelection, copyAll, copyDump);
        menu.setOnShowing(e -> copySelection.setDisable(highlight.get() == null));
        rows.setContextMenu(menu);
        Tooltip.install(rows, new Tooltip("The frame's bytes: offset, 16 bytes in hex, the same bytes as ASCII (dots for "
                + "bytes that are not printable). Click a byte to select its field in the tree."));
    }

    private void layoutParts() {
        getStyleClass().add("hex-dump");
        HBox header = rowBox(new Label("Offset"), i -> String.format(Locale.ROOT, "%02x", i), i -> Integer.toHexString(i));
        header.getStyleClass().add("hex-header");
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().setAll(header, rows);
    }

    /** The header's cells, laid out exactly like a row's. */
    private static HBox rowBox(Label offset, IntFunction<String> hex, IntFunction<String> ascii) {
        offset.getStyleClass().add("hex-offset");
        HBox hexCells = new HBox();
        hexCells.getStyleClass().add("hex-cells");
        HBox asciiCells = new HBox();
        asciiCells.getStyleClass().add("ascii-cells");
        for (int i = 0; i < HexDump.BYTES_PER_ROW; i++) {
            Label h = new Label(hex.apply(i));
            h.getStyleClass().add("hex-byte");
            if (i == HexDump.BYTES_PER_ROW / 2) {
                HBox.setMargin(h, new Insets(0, 0, 0, 8));   // the classic gap after 8 bytes, outside the highlight
            }
            hexCells.getChildren().add(h);
            Label a = new Label(ascii.apply(i));
            a.getStyleClass().add("ascii-byte");
            asciiCells.getChildren().add(a);
        }
        return new HBox(offset, hexCells, asciiCells);
    }

    /** Shows {@code dissection}'s bytes, marking those of fields flagged as problems. */
    void show(Dissection dissection) {
        bytes = dissection == null ? new byte[0] : dissection.bytes();
        problems = new BitSet(bytes.length);
        if (dissection != null) {
            for (Layer layer : dissection.layers()) {
                for (Field f : layer.fields()) {
                    if (f.problem()) {
                        problems.set(f.offset(), Math.min(bytes.length, f.end()));
                    }
                }
            }
        }
        int rowCount = (bytes.length + HexDump.BYTES_PER_ROW - 1) / HexDump.BYTES_PER_ROW;
        long current = ++generation;
        // New row values make the visible cells repaint in place, without building new cells per edit.
        rows.getItems().setAll(IntStream.range(0, rowCount).mapToObj(i -> new Row(i, current)).toList());
    }

    /** Scrolls just enough to show the first byte of {@code range}. */
    private void reveal(ByteRange range) {
        if (range == null) {
            return;
        }
        rows.layout();   // rows just added are counted only at the next layout
        int row = range.offset() / HexDump.BYTES_PER_ROW;
        if (!DissectionTree.isWellInView(rows, row)) {
            rows.scrollTo(Math.max(0, row - 1));
        }
    }

    private String highlightedBytes() {
        ByteRange range = highlight.get();
        if (range == null) {
            return "";
        }
        int end = Math.min(bytes.length, range.end());
        return HexDump.spaced(Arrays.copyOfRange(bytes, Math.min(range.offset(), end), end));
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The bytes shown highlighted, or null. */
    ObjectProperty<ByteRange> highlightProperty() {
        return highlight;
    }

    /** Told the offset of a byte the user clicked. */
    void setOnByteClicked(IntConsumer handler) {
        onByteClicked = handler == null ? offset -> { } : handler;
    }

    int byteCount() {
        return bytes.length;
    }

    ListView<Row> rows() {
        return rows;
    }

    /** One row of the dump: its index, and which frame it belongs to. */
    record Row(int index, long generation) { }

    /** One row: its offset, 16 hex cells, 16 ASCII cells; restyles itself when the highlight moves. */
    private final class RowCell extends ListCell<Row> {
        private final Label offsetLabel = new Label();
        private final Label[] hexCells = new Label[HexDump.BYTES_PER_ROW];
        private final Label[] asciiCells = new Label[HexDump.BYTES_PER_ROW];
        private final HBox box;
        /** A field, so the weak listener on the shared highlight lives as long as this cell. */
        private final InvalidationListener restyle = o -> restyle();

        RowCell() {
            box = rowBox(offsetLabel, i -> "", i -> "");
            HBox hex = (HBox) box.getChildren().get(1);
            HBox ascii = (HBox) box.getChildren().get(2);
            for (int i = 0; i < HexDump.BYTES_PER_ROW; i++) {
                hexCells[i] = clickable((Label) hex.getChildren().get(i));
                asciiCells[i] = clickable((Label) ascii.getChildren().get(i));
            }
            getStyleClass().add("hex-row");
            setText(null);
            highlight.addListener(new WeakInvalidationListener(restyle));
        }

        private Label clickable(Label cell) {
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && cell.getProperties().get(OFFSET_KEY) instanceof Integer at && at >= 0) {
                    onByteClicked.accept(at);
                }
            });
            return cell;
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            int start = row.index() * HexDump.BYTES_PER_ROW;
            offsetLabel.setText(String.format(Locale.ROOT, "%04x", start));
            for (int i = 0; i < HexDump.BYTES_PER_ROW; i++) {
                int at = start + i;
                boolean present = at < bytes.length;
                hexCells[i].setText(present ? String.format(Locale.ROOT, "%02x", bytes[at] & 0xFF) : "  ");
                asciiCells[i].setText(present ? String.valueOf(HexDump.printable(bytes[at])) : " ");
                for (Label cell : new Label[] {hexCells[i], asciiCells[i]}) {
                    cell.getProperties().put(OFFSET_KEY, present ? at : -1);
                }
                hexCells[i].setId(present ? "rawHexByte-" + at : null);
                asciiCells[i].setId(present ? "rawAsciiByte-" + at : null);
            }
            restyle();
            setGraphic(box);
        }

        private void restyle() {
            Row row = getItem();
            ByteRange range = highlight.get();
            for (int i = 0; i < HexDump.BYTES_PER_ROW; i++) {
                int at = row == null || isEmpty() ? -1 : row.index() * HexDump.BYTES_PER_ROW + i;
                boolean present = at >= 0 && at < bytes.length;
                boolean lit = present && range != null && range.contains(at);
                boolean bad = present && problems.get(at);
                for (Node cell : new Node[] {hexCells[i], asciiCells[i]}) {
                    cell.pseudoClassStateChanged(HIGHLIGHTED, lit);
                    cell.pseudoClassStateChanged(PROBLEM, bad);
                }
            }
        }
    }
}
