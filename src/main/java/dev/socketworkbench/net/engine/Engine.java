package dev.socketworkbench.net.engine;

/**
 * A plain-Java socket engine. It is built from an immutable settings record, reports everything
 * through an {@link dev.socketworkbench.net.event.EventSink}, and runs on the caller's thread
 * until it finishes or is closed. {@link #close()} may be called from any thread and makes a
 * blocked {@link #run()} return at once, because it closes the socket under it.
 */
public interface Engine extends AutoCloseable {

    /**
     * Runs until the work is done or {@link #close()} is called. A failure the user caused
     * (port in use, nothing listening) is reported as an error event and ends the run with
     * {@link EngineException}; closing is not a failure and returns normally.
     */
    void run() throws EngineException;

    /** Stops the engine: closes its sockets so {@link #run()} returns. Idempotent, never throws. */
    @Override
    void close();
}
