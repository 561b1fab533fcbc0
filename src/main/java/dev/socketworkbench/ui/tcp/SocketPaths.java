package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.input.InvalidInputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads the Unix-domain socket path typed into a form field. */
final class SocketPaths {
    private SocketPaths() { }

    /** The path {@code text} names, or "" as a path when it is blank (the settings then explain that). */
    static Path parse(String field, String text) throws InvalidInputException {
        String t = text == null ? "" : text.strip();
        try {
            return Path.of(t);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(field, "The socket path \"" + t + "\" is not a valid path (" + e.getReason()
                    + "); type a file path such as /tmp/workbench.sock.");
        }
    }
}
