package dev.socketworkbench.cli;

import dev.socketworkbench.net.input.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Reads the {@code --unix PATH} of the TCP commands: a Unix-domain socket file on this machine. */
final class UnixSocketPaths {
    private UnixSocketPaths() { }

    /** The path as typed; only checks that it is a path at all. */
    static Path parse(String text) throws InvalidInputException {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("unix", "The --unix path is empty; give the socket file's path, such as /tmp/workbench.sock.");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("unix", "The --unix path \"" + text + "\" is not a valid file path (" + e.getReason()
                    + "); give a path such as /tmp/workbench.sock.");
        }
    }

    /**
     * A path a server may create its socket file at. The server engine finds these problems too, but as a
     * failure to bind (exit 1); caught here they are what they are, a wrong command line (exit 2).
     */
    static Path parseNew(String text) throws InvalidInputException {
        Path path = parse(text);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException("unix", "The socket path " + path + " already exists; delete it or choose another path.");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidInputException("unix", "The directory " + parent + " does not exist; create it or choose a path in an existing directory.");
        }
        return path;
    }
}
