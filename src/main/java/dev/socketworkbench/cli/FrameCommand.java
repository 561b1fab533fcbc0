package dev.socketworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code socket-workbench frame}: holds the raw Ethernet frame commands, {@code send}, {@code capture} and {@code decode}. */
@Command(name = "frame",
        mixinStandardHelpOptions = true,
        description = {"Sends, captures or decodes raw Ethernet frames (Linux; send and capture need CAP_NET_RAW, e.g. sudo).",
                "Every command works on lo, the loopback interface, unless --interface names another one."},
        subcommands = {FrameSendCommand.class, FrameCaptureCommand.class, FrameDecodeCommand.class, CommandLine.HelpCommand.class})
public final class FrameCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Called when no frame command was named. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name a frame command after socket-workbench frame: "
                + "send (to send frames), capture (to receive them) or decode (to explain bytes).");
    }
}
