package dev.socketworkbench.net.engine;

/**
 * An engine could not do its job. The message is the one plain sentence already reported as an
 * error event; the cause keeps the original exception for the log. {@link #isBadInput()} tells the
 * CLI whether to exit with 2 (the user's input) or 1 (the network).
 */
public final class EngineException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    public EngineException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    public boolean isBadInput() {
        return badInput;
    }
}
