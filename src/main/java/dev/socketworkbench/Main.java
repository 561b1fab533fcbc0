package dev.socketworkbench;

import dev.socketworkbench.cli.ExitCodes;
import dev.socketworkbench.cli.WorkbenchCommand;
import dev.socketworkbench.ui.App;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javafx.application.Application;

/**
 * Starts Socket Workbench: with no arguments the window, with arguments the command line.
 * It deliberately does not extend {@link Application}: the JavaFX launcher refuses such a main
 * class when JavaFX is on the classpath (as in the shaded jar) instead of the module path.
 */
public final class Main {
    private static final String VERSION_RESOURCE = "version.properties";

    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(launchWindow());
        }
        System.exit(WorkbenchCommand.commandLine().execute(args));
    }

    private static int launchWindow() {
        try {
            Application.launch(App.class);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY" on a server, or a missing GTK 3 library on Linux.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().replaceAll("\\.$", "");
            System.err.println("Socket Workbench could not open its window (" + why
                    + "); on a machine without a display or without GTK 3, use the command line instead: socket-workbench --help");
            return ExitCodes.NETWORK_FAILURE;
        }
    }

    /**
     * The product version, e.g. {@code 0.1.0}: from the jar manifest's Implementation-Version when
     * run from the packaged jar, otherwise from {@code version.properties} next to this class.
     */
    public static String version() {
        String fromManifest = Main.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        return versionResource();
    }

    /** The version written in {@code version.properties}; package-private so a test can compare it with pom.xml. */
    static String versionResource() {
        try (InputStream in = Main.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
