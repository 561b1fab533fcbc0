package dev.socketworkbench.ui.tcp;

import dev.socketworkbench.net.tcp.LineEnding;
import dev.socketworkbench.net.tcp.Transport;

/** How the TCP tab's choice lists name their values. */
final class Labels {
    private Labels() { }

    static String transport(Transport transport) {
        return switch (transport) {
            case TCP -> "TCP";
            case UNIX -> "Unix socket";
        };
    }

    static String lineEnding(LineEnding ending) {
        return switch (ending) {
            case NONE -> "None";
            case LF -> "\\n (LF)";
            case CRLF -> "\\r\\n (CRLF)";
        };
    }
}
