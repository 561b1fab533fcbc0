package dev.socketworkbench.ui.log;

/** How the Data column shows a payload: as escaped text or as hex bytes. */
public enum PayloadView {
    /** Printable ASCII as itself, everything else as an escape such as {@code \n} or {@code \x00}. */
    TEXT,
    /** Space-separated lowercase hex, e.g. {@code 48 69 0a}. */
    HEX
}
