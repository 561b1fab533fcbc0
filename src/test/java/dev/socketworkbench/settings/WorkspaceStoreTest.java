package dev.socketworkbench.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-03-04T12:30:45Z"), ZoneOffset.UTC);
    private static final String BACKUP_NAME = "workspace.json.corrupt-20250304-123045.bak";

    @TempDir
    Path dir;

    private WorkspaceStore store() {
        return new WorkspaceStore(dir, NOON);
    }

    private Workspace sample() {
        return Workspace.defaults()
                .withWindow(new WindowBounds(120.0, 80.0, 900, 640, true))
                .withSelectedTab("udp")
                .withFields(Map.of("udp.send.host", "127.0.0.1", "udp.send.port", "6667", "udp.send.payload", "héllo\n\"quoted\""))
                .withLogCapacity(5000);
    }

    private void write(String content) throws IOException {
        Files.writeString(dir.resolve("workspace.json"), content);
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Loads a bad file and checks the common promises: defaults, one sentence, the bytes kept in the backup. */
    private WorkspaceStore.LoadResult loadCorrupt(byte[] original) throws IOException {
        WorkspaceStore.LoadResult result = store().load();
        assertEquals(Workspace.defaults(), result.workspace());
        assertTrue(result.hasWarning());
        Path backup = dir.resolve(BACKUP_NAME);
        assertEquals(backup, result.backup());
        assertArrayEquals(original, Files.readAllBytes(backup), "the backup keeps the original bytes");
        assertFalse(Files.exists(dir.resolve("workspace.json")), "the bad file was moved, not copied");
        assertTrue(result.warning().startsWith("The settings file " + dir.resolve("workspace.json") + " "), result.warning());
        assertTrue(result.warning().endsWith("; it was saved as " + backup + " and the defaults are used."), result.warning());
        assertEquals(1, result.warning().split("\\. ").length, "one sentence: " + result.warning());
        assertFalse(result.warning().chars().anyMatch(Character::isISOControl), result.warning());
        return result;
    }

    private WorkspaceStore.LoadResult loadCorrupt(String content) throws IOException {
        write(content);
        return loadCorrupt(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missingFileGivesDefaultsWithoutWarning() throws IOException {
        WorkspaceStore.LoadResult result = store().load();
        assertEquals(Workspace.defaults(), result.workspace());
        assertFalse(result.hasWarning());
        assertNull(result.backup());
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void saveThenLoadGivesTheSameWorkspace() throws IOException {
        store().save(sample());
        WorkspaceStore.LoadResult result = store().load();
        assertEquals(sample(), result.workspace());
        assertFalse(result.hasWarning());
        assertEquals(List.of("workspace.json"), filesInDir(), "no temp file is left behind");
    }

    @Test
    void saveCreatesMissingFoldersAndWritesPrettySortedJson() throws IOException {
        WorkspaceStore nested = new WorkspaceStore(dir.resolve("a/b"));
        nested.save(sample());
        String text = Files.readString(nested.file());
        assertTrue(text.contains("\n  \"window\" : {"), text);
        assertTrue(text.indexOf("udp.send.host") < text.indexOf("udp.send.payload"), "fields sorted by key");
        assertTrue(text.endsWith("}\n"), text);
    }

    @Test
    void saveReplacesTheOldFile() throws IOException {
        store().save(sample());
        store().save(sample().withSelectedTab("tcp"));
        assertEquals("tcp", store().load().workspace().selectedTab());
        assertEquals(List.of("workspace.json"), filesInDir());
    }

    @Test
    void unsetWindowPositionIsLeftOutAndReadBackAsUnplaced() throws IOException {
        store().save(Workspace.defaults());
        assertFalse(Files.readString(store().file()).contains("\"x\""));
        assertFalse(store().load().workspace().window().placed());
    }

    @Test
    void unknownPropertiesAreIgnored() throws IOException {
        write("""
                {"formatVersion": 7, "theme": {"dark": true},
                 "window": {"x": 10, "y": 20, "width": 800, "height": 600, "maximized": false, "screen": "HDMI-1"},
                 "selectedTab": "udp", "fields": {"udp.send.port": "9"}, "logCapacity": 2000}
                """);
        WorkspaceStore.LoadResult result = store().load();
        assertFalse(result.hasWarning(), result.warning());
        assertEquals(new WindowBounds(10.0, 20.0, 800, 600, false), result.workspace().window());
        assertEquals("9", result.workspace().field("udp.send.port").orElseThrow());
        assertEquals(2000, result.workspace().logCapacity());
    }

    @Test
    void missingPropertiesTakeTheDefaults() throws IOException {
        write("{\"fields\": {\"udp.send.host\": \"::1\"}}");
        WorkspaceStore.LoadResult result = store().load();
        assertFalse(result.hasWarning());
        assertEquals(Workspace.defaults().withFields(Map.of("udp.send.host", "::1")), result.workspace());
    }

    @Test
    void outOfRangeValuesAreClampedNotRejected() throws IOException {
        write("{\"window\": {\"width\": 5, \"height\": -1}, \"logCapacity\": 999999999}");
        Workspace w = store().load().workspace();
        assertEquals(WindowBounds.MIN_WIDTH, w.window().width());
        assertEquals(WindowBounds.DEFAULT_HEIGHT, w.window().height());
        assertEquals(Workspace.MAX_LOG_CAPACITY, w.logCapacity());
    }

    @Test
    void truncatedFileIsBackedUpAndReported() throws IOException {
        store().save(sample());
        String full = Files.readString(store().file());
        WorkspaceStore.LoadResult result = loadCorrupt(full.substring(0, full.length() / 2));
        assertTrue(result.warning().contains(" was corrupt (line "), result.warning());
        assertTrue(result.warning().contains(": it ends too early)"), result.warning());
    }

    @Test
    void invalidCharacterNamesTheLine() throws IOException {
        WorkspaceStore.LoadResult result = loadCorrupt("{\n  \"selectedTab\": \"udp\",\n  x\n}\n");
        assertTrue(result.warning().contains(" was corrupt (line 3: unexpected character 'x');"), result.warning());
    }

    @Test
    void wrongTypeNamesTheProperty() throws IOException {
        WorkspaceStore.LoadResult result = loadCorrupt("{\n  \"window\": {\"width\": \"wide\"}\n}");
        assertTrue(result.warning().contains("(line 2: \"window.width\" has the wrong type)"), result.warning());
    }

    @Test
    void fieldsThatAreNotTextAreCorrupt() throws IOException {
        WorkspaceStore.LoadResult result = loadCorrupt("{\"fields\": {\"udp.send.host\": {\"nested\": 1}}}");
        assertTrue(result.warning().contains("\"fields.udp.send.host\" has the wrong type"), result.warning());
    }

    @Test
    void jsonThatIsNotAnObjectIsCorrupt() throws IOException {
        WorkspaceStore.LoadResult result = loadCorrupt("[1, 2, 3]");
        assertTrue(result.warning().contains("it is not a settings object"), result.warning());
    }

    @Test
    void jsonNullIsCorrupt() throws IOException {
        loadCorrupt("null");
    }

    @Test
    void textAfterTheObjectIsCorrupt() throws IOException {
        WorkspaceStore.LoadResult result = loadCorrupt("{\"selectedTab\": \"udp\"} {\"again\": 1}");
        assertTrue(result.warning().contains("unexpected text after the settings"), result.warning());
    }

    @Test
    void emptyFileIsCorrupt() throws IOException {
        WorkspaceStore.LoadResult result = loadCorrupt("  \n");
        assertTrue(result.warning().contains("was corrupt (it is empty)"), result.warning());
    }

    @Test
    void binaryJunkIsBackedUpAndReportedWithoutControlCharacters() throws IOException {
        byte[] junk = new byte[512];
        new Random(42).nextBytes(junk);
        Files.write(dir.resolve("workspace.json"), junk);
        WorkspaceStore.LoadResult result = loadCorrupt(junk);
        assertTrue(result.warning().contains(" was corrupt (it holds binary data, not text);"), result.warning());
    }

    @Test
    void binaryJunkStartingLikeJsonIsReportedAsBinary() throws IOException {
        byte[] junk = {'{', '"', 'a', '"', ':', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 3};
        Files.write(dir.resolve("workspace.json"), junk);
        WorkspaceStore.LoadResult result = loadCorrupt(junk);
        assertTrue(result.warning().contains(" was corrupt (it holds binary data, not text);"), result.warning());
    }

    @Test
    void folderWhereTheFileShouldBeIsMovedAsideAndSavingWorksAgain() throws IOException {
        Files.createDirectories(dir.resolve("workspace.json").resolve("inner"));
        WorkspaceStore.LoadResult result = store().load();
        assertEquals(Workspace.defaults(), result.workspace());
        assertTrue(result.warning().contains(" could not be read (it is a folder, not a file); it was saved as "), result.warning());
        assertTrue(Files.isDirectory(dir.resolve(BACKUP_NAME).resolve("inner")));
        store().save(sample());
        assertEquals(sample(), store().load().workspace());
    }

    @Test
    void secondCorruptionInTheSameSecondGetsItsOwnBackup() throws IOException {
        loadCorrupt("{");
        write("}");
        WorkspaceStore.LoadResult second = store().load();
        assertEquals(dir.resolve("workspace.json.corrupt-20250304-123045-2.bak"), second.backup());
        assertEquals("{", Files.readString(dir.resolve(BACKUP_NAME)));
        assertEquals("}", Files.readString(second.backup()));
    }

    @Test
    void aCorruptFileIsReportedOnlyOnce() throws IOException {
        loadCorrupt("{");
        WorkspaceStore.LoadResult again = store().load();
        assertFalse(again.hasWarning());
    }

    @Test
    void defaultDirectoryFollowsTheOverrideThenXdgThenTheSystem() {
        assertEquals(Path.of("/tmp/sw"), WorkspaceStore.directoryFor("/tmp/sw", "/x", "Linux", null, "/home/u"));
        assertEquals(Path.of("/x/socket-workbench"), WorkspaceStore.directoryFor(null, "/x", "Linux", null, "/home/u"));
        assertEquals(Path.of("/home/u/.config/socket-workbench"), WorkspaceStore.directoryFor(null, "relative", "Linux", null, "/home/u"));
        assertEquals(Path.of("/home/u/.config/socket-workbench"), WorkspaceStore.directoryFor("", "", "Linux", null, "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/SocketWorkbench"),
                WorkspaceStore.directoryFor(null, null, "Mac OS X", null, "/Users/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "SocketWorkbench"),
                WorkspaceStore.directoryFor(null, null, "Windows 11", "C:/Users/u/AppData/Roaming", "C:/Users/u"));
        assertEquals(Path.of("C:/Users/u", "AppData", "Roaming", "SocketWorkbench"),
                WorkspaceStore.directoryFor(null, null, "Windows 11", null, "C:/Users/u"));
    }

    @Test
    void systemPropertyChoosesTheDefaultDirectory() {
        String before = System.getProperty(WorkspaceStore.CONFIG_DIR_PROPERTY);
        System.setProperty(WorkspaceStore.CONFIG_DIR_PROPERTY, dir.toString());
        try {
            assertEquals(dir.resolve("workspace.json"), WorkspaceStore.atDefaultLocation().file());
        } finally {
            if (before == null) {
                System.clearProperty(WorkspaceStore.CONFIG_DIR_PROPERTY);
            } else {
                System.setProperty(WorkspaceStore.CONFIG_DIR_PROPERTY, before);
            }
        }
    }
}
