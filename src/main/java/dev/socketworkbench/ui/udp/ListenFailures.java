package dev.socketworkbench.ui.udp;

import dev.socketworkbench.net.engine.EngineException;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.udp.UdpListenerSettings;
import java.net.BindException;
import java.util.Locale;

/**
 * Decides at which field of the Listen form a failed start is shown. The listener has already put the
 * sentence in the log; when the cause is the user's input (a port in use, a privileged port, an address
 * this machine does not have, an interface that cannot join the group) the form shows it at that field too.
 */
final class ListenFailures {
    private ListenFailures() { }

    /** The field name ({@code port}, {@code bindAddress}, {@code interface}, ...) or "" for the log only. */
    static String fieldOf(Throwable failure, UdpListenerSettings settings) {
        if (!(failure instanceof EngineException engine) || !engine.isBadInput()) {
            return "";   // the network failed after listening started: nothing the form can point at
        }
        Throwable cause = engine.getCause();
        if (cause instanceof InvalidInputException input) {
            return input.field();
        }
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("assign requested address") || message.contains("address family")
                || message.contains("protocol family")) {
            return "bindAddress";
        }
        if (cause instanceof BindException || cause instanceof SecurityException
                || message.contains("permission denied") || message.contains("in use")) {
            return "port";
        }
        // Binding worked, so joining the group failed: the interface is the likely culprit.
        return settings.joinsMulticastGroup() ? "interface" : "port";
    }
}
