package dev.socketworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the compiled main classes. Plain JUnit tests calling
 * {@link ArchRule#check} (rather than ArchUnit's own engine) so every rule shows up in Surefire's counts.
 */
class ArchitectureTest {
    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.socketworkbench");
    }

    static final ArchRule ENGINES_DO_NOT_USE_JAVAFX = noClasses()
            .that().resideInAPackage("dev.socketworkbench.net..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("engines are plain Java, driven alike by the UI, the command line and the tests");

    static final ArchRule ENGINES_DO_NOT_KNOW_THEIR_CALLERS = noClasses()
            .that().resideInAPackage("dev.socketworkbench.net..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.socketworkbench.ui..", "dev.socketworkbench.cli..",
                    "dev.socketworkbench.settings..")
            .because("the UI and the command line use the engines, never the other way round");

    static final ArchRule SETTINGS_DO_NOT_USE_JAVAFX = noClasses()
            .that().resideInAPackage("dev.socketworkbench.settings..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the workspace file is plain data that a test can read and write without a window");

    static final ArchRule SETTINGS_DO_NOT_KNOW_THE_UI = noClasses()
            .that().resideInAPackage("dev.socketworkbench.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.socketworkbench.ui..", "dev.socketworkbench.cli..");

    static final ArchRule ONLY_NATIVE_ENGINES_USE_LIBC = noClasses()
            .that().resideOutsideOfPackages("dev.socketworkbench.net.linux..", "dev.socketworkbench.net.raw..",
                    "dev.socketworkbench.net.udp..")
            .should().dependOnClassesThat().resideInAPackage("dev.socketworkbench.net.linux..")
            .because("the native C library mapping stays hidden behind the engines that need it (raw frames, batched UDP)");

    /** Every package is a slice of its own (ui and ui.udp are two), and none may depend on itself in a circle. */
    static final ArchRule PACKAGES_WITHOUT_CYCLES = slices().matching("dev.socketworkbench.(**)")
            .should().beFreeOfCycles()
            .because("a circle between packages means neither can be understood, tested or changed alone");

    @Test
    void packagesDoNotDependOnEachOtherInCircles() {
        PACKAGES_WITHOUT_CYCLES.check(mainClasses);
    }

    @Test
    void enginesDoNotUseJavaFx() {
        ENGINES_DO_NOT_USE_JAVAFX.check(mainClasses);
    }

    @Test
    void enginesDoNotDependOnUiCliOrSettings() {
        ENGINES_DO_NOT_KNOW_THEIR_CALLERS.check(mainClasses);
    }

    @Test
    void settingsDoNotUseJavaFx() {
        SETTINGS_DO_NOT_USE_JAVAFX.check(mainClasses);
    }

    @Test
    void settingsDoNotDependOnUiOrCli() {
        SETTINGS_DO_NOT_KNOW_THE_UI.check(mainClasses);
    }

    @Test
    void onlyTheRawAndUdpEnginesUseTheLibcMapping() {
        ONLY_NATIVE_ENGINES_USE_LIBC.check(mainClasses);
    }

    /** Proves the import sees real classes: the same kind of rule fails for the UI, which does use JavaFX. */
    @Test
    void theRulesCanFail() {
        ArchRule uiWithoutJavaFx = noClasses().that().resideInAPackage("dev.socketworkbench.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..");
        assertThrows(AssertionError.class, () -> uiWithoutJavaFx.check(mainClasses));
        ArchRule rawWithoutLibc = noClasses().that().resideInAPackage("dev.socketworkbench.net.raw..")
                .should().dependOnClassesThat().resideInAPackage("dev.socketworkbench.net.linux..");
        assertThrows(AssertionError.class, () -> rawWithoutLibc.check(mainClasses));
    }
}
