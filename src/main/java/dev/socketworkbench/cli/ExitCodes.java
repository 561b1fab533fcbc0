package dev.socketworkbench.cli;

import dev.socketworkbench.net.engine.EngineException;

/** The exit codes every {@code socket-workbench} command returns, so scripts can tell failures apart. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The network (or anything else outside the user's input) failed: nothing listening, port in use. */
    public static final int NETWORK_FAILURE = 1;
    /** The command line itself was wrong: unknown option, bad port, missing argument. */
    public static final int BAD_ARGUMENTS = 2;

    private ExitCodes() { }

    /** The exit code for an engine that stopped with {@code failure}. */
    public static int of(EngineException failure) {
        return failure.isBadInput() ? BAD_ARGUMENTS : NETWORK_FAILURE;
    }
}
