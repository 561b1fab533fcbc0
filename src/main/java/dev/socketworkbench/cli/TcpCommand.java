package dev.socketworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code socket-workbench tcp}: holds the TCP commands, {@code connect} and {@code serve}. */
@Command(name = "tcp",
        mixinStandardHelpOptions = true,
        description = "Connects to a TCP (or Unix-domain) server, or serves one connection at a time; one line per event.",
        subcommands = {TcpConnectCommand.class, TcpServeCommand.class, CommandLine.HelpCommand.class})
public final class TcpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Called when no TCP command was named. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Name a TCP command after socket-workbench tcp: connect (to be a client) or serve (to be a one-at-a-time server).");
    }
}
