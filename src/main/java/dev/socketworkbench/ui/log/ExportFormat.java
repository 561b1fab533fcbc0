package dev.socketworkbench.ui.log;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the log can be exported to. */
public enum ExportFormat {
    /** Tab-separated lines with a header, readable in an editor or a spreadsheet. */
    TEXT("Text file", "*.txt"),
    /** One JSON object per line, for scripts (jq, pandas). */
    JSON_LINES("JSON Lines", "*.jsonl");

    private final String description;
    private final String pattern;

    ExportFormat(String description, String pattern) {
        this.description = description;
        this.pattern = pattern;
    }

    public String description() {
        return description;
    }

    /** The file-name pattern a save dialog filters on, e.g. {@code *.jsonl}. */
    public String pattern() {
        return pattern;
    }

    /** JSON Lines for {@code .jsonl}, {@code .ndjson} and {@code .json} files, text for everything else. */
    public static ExportFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? JSON_LINES : TEXT;
    }
}
