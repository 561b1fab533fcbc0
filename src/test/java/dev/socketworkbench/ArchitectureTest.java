package dev.socketworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
                    "dev.socketworkbench.net.udp..", "dev.socketworkbench.net.engine..")
            .should().dependOnClassesThat().resideInAPackage("dev.socketworkbench.net.linux..")
            .because("the native C library mapping stays hidden behind the engines that need it (raw frames, batched UDP)"
                    + " and the engine plumbing (thread priority)");

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
    void onlyTheRawAndUdpEnginesAndEnginePlumbingUseTheLibcMapping() {
        ONLY_NATIVE_ENGINES_USE_LIBC.check(mainClasses);
    }

    /**
     * The packaged app's runtime holds only the JDK modules packaging/jlink.args adds (and what they
     * require): java.desktop, java.sql and jdk.jfr are left out (packaging/excluded-modules). A class
     * of ours that used one of the left-out modules would work in tests, on a full JDK, and fail in
     * the installed app with NoClassDefFoundError; this rule catches it at build time.
     */
    @Test
    void appClassesUseOnlyTheJdkModulesOfThePackagedRuntime() throws IOException {
        Set<String> runtime = packagedRuntimeModules();
        Map<String, String> moduleOfPackage = new HashMap<>();
        ModuleLayer.boot().modules().forEach(m -> m.getPackages().forEach(p -> moduleOfPackage.put(p, m.getName())));
        DescribedPredicate<JavaClass> leftOut = DescribedPredicate.describe(
                "are in a JDK module that the packaged runtime leaves out (runtime: " + runtime + ")", c -> {
                    String module = moduleOfPackage.get(c.getPackageName());
                    return module != null && !runtime.contains(module);
                });
        noClasses().should().dependOnClassesThat(leftOut).check(mainClasses);
        // The rule can fail: Jackson's optional java.beans support does use a left-out module.
        assertThrows(AssertionError.class, () -> noClasses().should().dependOnClassesThat(leftOut)
                .check(new ClassFileImporter().importPackages("com.fasterxml.jackson.databind.ext")));
    }

    /** The modules of the --add-modules line in packaging/jlink.args and every module they require. */
    private static Set<String> packagedRuntimeModules() throws IOException {
        String line = Files.readAllLines(Path.of("packaging", "jlink.args")).stream()
                .filter(l -> l.startsWith("--add-modules ")).findFirst().orElseThrow();
        Deque<String> todo = new ArrayDeque<>(Arrays.asList(line.substring("--add-modules ".length()).strip().split(",")));
        Set<String> modules = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (modules.add(name)) {
                ModuleDescriptor descriptor = ModuleLayer.boot().findModule(name).orElseThrow().getDescriptor();
                descriptor.requires().forEach(r -> todo.push(r.name()));
            }
        }
        return modules;
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
