package dev.socketworkbench.ui.raw;

/** How the user writes the frame: field by field, or the whole frame as hex for the dissector to explain. */
public enum EditorMode {
    FORM("Form"),
    RAW_HEX("Raw hex");

    private final String label;

    EditorMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
