package dev.socketworkbench.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes the {@link Workspace} as pretty JSON in {@code workspace.json}. Loading never
 * fails: a missing file gives the defaults, and an unreadable or corrupt one is moved aside to
 * {@code workspace.json.corrupt-<yyyyMMdd-HHmmss>.bak} and reported in one sentence, so a bad file
 * can neither stop the program nor be silently lost. Saving is atomic (temp file, then rename), so
 * a crash while saving leaves the old file intact.
 */
public final class WorkspaceStore {
    /** System property that overrides the folder; tests point it at a temporary folder. */
    public static final String CONFIG_DIR_PROPERTY = "socketworkbench.config.dir";
    public static final String FILE_NAME = "workspace.json";

    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.+?)'");

    private final Path directory;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer version's file still loads
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .build();

    /** What {@link #load()} found: the workspace to use and, if the file was bad, the sentence to show. */
    public record LoadResult(Workspace workspace, String warning, Path backup) {
        public LoadResult {
            Objects.requireNonNull(workspace, "workspace");
            warning = warning == null ? "" : warning;
        }

        static LoadResult ok(Workspace workspace) {
            return new LoadResult(workspace, "", null);
        }

        /** True when the file was bad and {@link #warning()} says what happened. */
        public boolean hasWarning() {
            return !warning.isEmpty();
        }
    }

    public WorkspaceStore(Path directory) {
        this(directory, Clock.systemDefaultZone());
    }

    /** With a clock, so tests can predict the backup's name. */
    public WorkspaceStore(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The store in the user's configuration folder, see {@link #defaultDirectory()}. */
    public static WorkspaceStore atDefaultLocation() {
        return new WorkspaceStore(defaultDirectory());
    }

    /**
     * The folder for this user: {@value #CONFIG_DIR_PROPERTY} if set, else $XDG_CONFIG_HOME/socket-workbench,
     * else ~/.config/socket-workbench (Linux), %APPDATA%\SocketWorkbench (Windows) or
     * ~/Library/Application Support/SocketWorkbench (macOS).
     */
    public static Path defaultDirectory() {
        return directoryFor(System.getProperty(CONFIG_DIR_PROPERTY), System.getenv("XDG_CONFIG_HOME"),
                System.getProperty("os.name", ""), System.getenv("APPDATA"), System.getProperty("user.home", "."));
    }

    static Path directoryFor(String configDir, String xdgConfigHome, String osName, String appData, String userHome) {
        if (configDir != null && !configDir.isBlank()) {
            return Path.of(configDir);
        }
        // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
        if (xdgConfigHome != null && !xdgConfigHome.isBlank() && Path.of(xdgConfigHome).isAbsolute()) {
            return Path.of(xdgConfigHome, "socket-workbench");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "SocketWorkbench")
                    : Path.of(userHome, "AppData", "Roaming", "SocketWorkbench");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SocketWorkbench");
        }
        return Path.of(userHome, ".config", "socket-workbench");
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The saved workspace, or the defaults; never throws. */
    public LoadResult load() {
        Path file = file();
        if (!Files.exists(file)) {
            return LoadResult.ok(Workspace.defaults());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return LoadResult.ok(Workspace.defaults());
        } catch (IOException | SecurityException e) {
            String why = Files.isDirectory(file) ? "it is a folder, not a file" : readFailure(e);
            return moveAside("could not be read (" + why + ")");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return moveAside("was corrupt (it is empty)");
        }
        if (isBinary(bytes)) {
            return moveAside("was corrupt (it holds binary data, not text)");
        }
        try {
            Workspace workspace = json.readValue(bytes, Workspace.class);
            if (workspace == null) {
                return moveAside("was corrupt (it holds null instead of the settings)");
            }
            return LoadResult.ok(workspace);
        } catch (JsonProcessingException e) {
            return moveAside("was corrupt (" + describe(e) + ")");
        } catch (IOException e) {
            // e.g. CharConversionException: bytes that are no Unicode text at all.
            return moveAside("was corrupt (it holds binary data, not text)");
        }
    }

    /** Writes the workspace atomically, creating the folder if needed. */
    public void save(Workspace workspace) throws IOException {
        Objects.requireNonNull(workspace, "workspace");
        byte[] bytes = (json.writeValueAsString(workspace) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, FILE_NAME + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true); // the rename must not reach the disk before the content
            }
            try {
                Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private LoadResult moveAside(String problem) {
        Path file = file();
        String stamp = LocalDateTime.now(clock).format(BACKUP_STAMP);
        Path backup = directory.resolve(FILE_NAME + ".corrupt-" + stamp + ".bak");
        for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
            backup = directory.resolve(FILE_NAME + ".corrupt-" + stamp + "-" + n + ".bak");
        }
        try {
            Files.move(file, backup);
        } catch (IOException | SecurityException e) {
            return new LoadResult(Workspace.defaults(), "The settings file " + file + " " + problem
                    + " and could not be moved aside (" + readFailure(e) + "); the defaults are used for this run.", null);
        }
        return new LoadResult(Workspace.defaults(), "The settings file " + file + " " + problem
                + "; it was saved as " + backup + " and the defaults are used.", backup);
    }

    /** "line 3: unexpected character 'x'" and the like, short enough for a status bar. */
    static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location != null && location.getLineNr() > 0 ? "line " + location.getLineNr() + ": " : "";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what;
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            what = "it ends too early";
        } else if (original.startsWith("Trailing token")) {
            what = "unexpected text after the settings";
        } else if (e instanceof MismatchedInputException mismatch) {
            String path = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            what = path.isEmpty() ? "it is not a settings object" : "\"" + path + "\" has the wrong type";
        } else if (e instanceof JsonParseException) {
            what = parseProblem(original);
        } else {
            what = "it is not valid JSON";
        }
        return where + what;
    }

    private static String parseProblem(String original) {
        if (original.contains("Invalid UTF-8") || original.contains("CTRL-CHAR") || original.contains("code 0)")) {
            return "binary data instead of text";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(original);
        if (character.find()) {
            return printable(character.group(1)) ? "unexpected character '" + character.group(1) + "'" : "binary data instead of text";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
        if (token.find()) {
            String word = token.group(1);
            if (!printable(word)) {
                return "binary data instead of text";
            }
            return "unexpected word '" + (word.length() > 20 ? word.substring(0, 20) + "..." : word) + "'";
        }
        return "unexpected character";
    }

    /** Not UTF-8, or control characters other than tab and line breaks: no editor made this. */
    private static boolean isBinary(byte[] bytes) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return true;
        }
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean printable(String text) {
        return text.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && c != 0xfffd && !Character.isISOControl(c));
    }

    private static String readFailure(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
