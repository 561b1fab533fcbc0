package dev.socketworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code socket-workbench udp}: holds the UDP commands, {@code send} and {@code listen}. */
@Command(name = "udp",
        mixinStandardHelpOptions = true,
        description = "Sends or receives UDP datagrams, one line per datagram.",
        subcommands = {UdpSendCommand.class, UdpListenCommand.class, CommandLine.HelpCommand.class})
public final class UdpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Called when no UDP command was named. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Name a UDP command after socket-workbench udp: send (to send datagrams) or listen (to receive them).");
    }
}
