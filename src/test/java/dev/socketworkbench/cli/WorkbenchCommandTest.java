package dev.socketworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.input.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.PortUnreachableException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class WorkbenchCommandTest {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(CommandLine command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(WorkbenchCommand.commandLine(), args);
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat "), text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void versionPrintsTheProductNameAndVersion() {
        Run run = run("--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals("Socket Workbench 0.1.0", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void helpShowsUsageAndExitsZero() {
        Run run = run("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("Usage: socket-workbench"), run.out());
        assertTrue(run.out().contains("--version"), run.out());
    }

    @Test
    void unknownOptionIsOneSentenceAndAHintWithExitTwo() {
        Run run = run("--bogus");
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        assertEquals(List.of("Unknown option '--bogus' for socket-workbench.",
                "Run 'socket-workbench --help' to see what it accepts."), run.errLines());
        assertEquals("", run.out());
        assertNoStackTrace(run.err());
    }

    @Test
    void misspelledOptionSuggestsTheRightOne() {
        Run run = run("--versio");
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        assertEquals("Unknown option '--versio' for socket-workbench; did you mean --version?", run.errLines().get(0));
        assertEquals(2, run.errLines().size());
    }

    @Test
    void unknownCommandExitsTwo() {
        Run run = run("tcp-bogus");
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        // Since the tcp command exists, picocli suggests it for this near miss.
        assertEquals("Unexpected argument 'tcp-bogus' for socket-workbench; did you mean tcp?", run.errLines().get(0));
        assertEquals(2, run.errLines().size());
    }

    @Test
    void noCommandAtAllExitsTwoAndNamesTheCommands() {
        Run run = run();
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("Name a command after socket-workbench, for example: help"), run.err());
        assertNoStackTrace(run.err());
    }

    @Command(name = "fail", mixinStandardHelpOptions = true)
    static final class FailingCommand implements Callable<Integer> {
        private final Exception failure;

        FailingCommand(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static CommandLine withFailingSubcommand(Exception failure) {
        CommandLine command = WorkbenchCommand.commandLine();
        command.addSubcommand("fail", new FailingCommand(failure));
        return command;
    }

    @Test
    void networkFailureOfASubcommandExitsOneWithItsSentence() {
        EngineException failure = new EngineException("Nothing is listening on 127.0.0.1:6667 (ICMP port unreachable).",
                new PortUnreachableException("ICMP Port Unreachable"), false);
        Run run = run(withFailingSubcommand(failure), "fail");
        assertEquals(ExitCodes.NETWORK_FAILURE, run.exitCode());
        assertEquals(List.of("Nothing is listening on 127.0.0.1:6667 (ICMP port unreachable)."), run.errLines());
    }

    @Test
    void badInputFoundByAnEngineExitsTwo() {
        Run run = run(withFailingSubcommand(new EngineException("The port 70000 is outside 1-65535.", null, true)), "fail");
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        assertEquals(List.of("The port 70000 is outside 1-65535."), run.errLines());
    }

    @Test
    void invalidInputOfASubcommandExitsTwoWithAHint() {
        Run run = run(withFailingSubcommand(new InvalidInputException("port", "The port \"x\" is not a number; type a number from 1-65535.")), "fail");
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        assertEquals(List.of("The port \"x\" is not a number; type a number from 1-65535.",
                "Run 'socket-workbench fail --help' to see what it accepts."), run.errLines());
    }

    @Test
    void unexpectedFailureIsOneSentenceWithoutStackTrace() {
        Run run = run(withFailingSubcommand(new IllegalStateException("boom")), "fail");
        assertEquals(ExitCodes.NETWORK_FAILURE, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("IllegalStateException (boom)"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void usageErrorInASubcommandPointsAtItsOwnHelp() {
        Run run = run(withFailingSubcommand(new IllegalStateException()), "fail", "--nope");
        assertEquals(ExitCodes.BAD_ARGUMENTS, run.exitCode());
        assertEquals(List.of("Unknown option '--nope' for socket-workbench fail.",
                "Run 'socket-workbench fail --help' to see what it accepts."), run.errLines());
    }

    @Test
    void exitCodeForEngineFailures() {
        assertEquals(1, ExitCodes.of(new EngineException("x", null, false)));
        assertEquals(2, ExitCodes.of(new EngineException("x", null, true)));
    }
}
