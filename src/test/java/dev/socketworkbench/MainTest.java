package dev.socketworkbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionResourceMatchesThePom() throws Exception {
        // Surefire runs in the project folder; the first <version> after </parent>-less <artifactId> is the project's.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>socket-workbench</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        m.find();
        assertEquals(m.group(1), Main.versionResource(), "version.properties must equal the pom's <version>");
    }

    @Test
    void versionOutsideTheJarComesFromTheResource() {
        assertEquals(Main.versionResource(), Main.version());
    }
}
