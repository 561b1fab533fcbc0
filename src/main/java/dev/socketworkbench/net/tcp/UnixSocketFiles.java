package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.engine.NetFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The socket file a Unix-domain server binds: why binding it failed, in one sentence, and removing
 * it afterwards (the operating system leaves the file behind when the socket closes).
 */
final class UnixSocketFiles {
    private UnixSocketFiles() { }

    /** A reason {@code path} cannot be bound, found before trying, or null if it looks fine. */
    static String problemBeforeBind(Path path) {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return exists(path);
        }
        Path parent = directoryOf(path);
        if (!Files.isDirectory(parent)) {
            return "The directory " + parent + " does not exist; create it or choose a path in an existing directory.";
        }
        return null;
    }

    /** Explains why binding {@code path} failed. */
    static String bindFailure(IOException e, Path path) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("already in use") || m.contains("file exists")) {
            return exists(path);
        }
        if (m.contains("permission denied") || m.contains("operation not permitted") || m.contains("read-only file system")) {
            return "Cannot create the socket file " + path + ": the directory " + directoryOf(path)
                    + " is not writable for this user; choose a path in a directory you own, such as /tmp.";
        }
        if (m.contains("too long")) {
            return "The socket path " + path + " is too long (" + path.toString().getBytes(StandardCharsets.UTF_8).length
                    + " bytes): Unix-domain paths are limited to about 100 bytes, so choose a shorter one.";
        }
        if (m.contains("no such file")) {
            return "The directory " + directoryOf(path) + " does not exist; create it or choose a path in an existing directory.";
        }
        return NetFailures.bind(e, "unix:" + path, 0);
    }

    /** Removes the socket file this server created; a file already gone is fine. */
    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Nothing more to do: the next bind will report the leftover file in plain words.
        }
    }

    private static String exists(Path path) {
        return "The socket path " + path + " already exists; delete it or choose another path.";
    }

    private static Path directoryOf(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? path.toAbsolutePath().getRoot() : parent;
    }
}
