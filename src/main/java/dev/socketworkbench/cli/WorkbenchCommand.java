package dev.socketworkbench.cli;

import dev.socketworkbench.Main;
import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.input.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The root of the command line, {@code socket-workbench}. It only holds the subcommands (listed in
 * {@code subcommands} below) and turns every failure into one sentence and an exit code from
 * {@link ExitCodes}: a wrong command line exits 2 with a hint to use {@code --help}, an engine that
 * failed on the network exits 1, and no stack trace is ever printed.
 */
@Command(name = "socket-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCommand.Version.class,
        description = "Sends and receives on sockets from the command line; run without arguments to open the window.",
        subcommands = {CommandLine.HelpCommand.class, UdpCommand.class, TcpCommand.class, ServerCommand.class, FrameCommand.class})
public final class WorkbenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A ready-to-run command line with the error handling described above. */
    public static CommandLine commandLine() {
        return new CommandLine(new WorkbenchCommand())
                // 'server --mode client-list' names a mode, not the subcommand 'server client-list'.
                .setAllowSubcommandsAsOptionParameters(true)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new FailureHandler());
    }

    /** Called when arguments were given but no subcommand was named. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name a command after socket-workbench, for example: "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** Prints "Socket Workbench 0.1.0". */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Socket Workbench " + Main.version()};
        }
    }

    /** A wrong command line: one sentence, a hint to use --help, exit 2. */
    static final class UsageErrorHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(sentence(e));
            err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' to see what it accepts.");
            err.flush();
            return ExitCodes.BAD_ARGUMENTS;
        }

        static String sentence(ParameterException e) {
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
                List<String> words = unmatched.getUnmatched();
                boolean options = words.stream().allMatch(w -> w.startsWith("-"));
                String quoted = words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
                String what = (options ? "Unknown option" : "Unexpected argument") + (words.size() == 1 ? " " : "s ");
                String sentence = what + quoted + " for " + name;
                List<String> suggestions = unmatched.getSuggestions();
                if (!suggestions.isEmpty()) {
                    sentence += "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?";
                    return sentence;
                }
                return sentence + ".";
            }
            return asSentence(e.getMessage());
        }
    }

    /** A command failed while running: its one sentence, exit 1 (network) or 2 (input). */
    static final class FailureHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
            PrintWriter err = command.getErr();
            int code;
            if (e instanceof InvalidInputException invalid) {
                err.println(asSentence(invalid.getMessage()));
                err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' to see what it accepts.");
                code = ExitCodes.BAD_ARGUMENTS;
            } else if (e instanceof EngineException failure) {
                err.println(asSentence(failure.getMessage()));
                code = ExitCodes.of(failure);
            } else {
                err.println("socket-workbench stopped on an unexpected " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                        + "; this is a bug, please report it with the command you ran.");
                code = ExitCodes.NETWORK_FAILURE;
            }
            err.flush();
            return code;
        }
    }

    /** Capitalised, ending in a full stop or question mark. */
    static String asSentence(String text) {
        String t = text == null || text.isBlank() ? "Something went wrong" : text.strip();
        t = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '?' || last == '!' ? t : t + ".";
    }
}
