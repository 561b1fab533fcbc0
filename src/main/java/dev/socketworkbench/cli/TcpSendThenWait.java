package dev.socketworkbench.cli;

import dev.socketworkbench.net.tcp.TcpClient;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The sending half of a one-shot TCP exchange ({@code tcp connect}, {@code server client-list}), beside
 * {@link TcpClient#run()}, which holds the command's thread to read: once connected, send the payload (if
 * any), then give the peer {@code waitMillis} to answer and close, and close the connection ourselves if it
 * does not. The timer starts after the send, so a slow connect does not eat into it; 0 waits until the peer
 * closes (or Ctrl-C). Runs on its own thread, {@value #THREAD}, which {@link #finish()} ends.
 */
final class TcpSendThenWait {
    static final String THREAD = "cli-tcp-sender";

    private final TcpClient client;
    private final byte[] payload;
    private final int waitMillis;
    private final Runnable beforeClosing;
    private final CountDownLatch runEnded = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean sendFailed;
    private volatile boolean timedOut;

    private TcpSendThenWait(TcpClient client, byte[] payload, int waitMillis, Runnable beforeClosing) {
        this.client = client;
        this.payload = payload;
        this.waitMillis = waitMillis;
        this.beforeClosing = beforeClosing;
        this.thread = Thread.ofPlatform().name(THREAD).daemon().unstarted(this::exchange);
    }

    /**
     * Starts the exchange; call before {@code client.run()} and {@link #finish()} after it.
     *
     * @param payload       what to send once connected, or null to send nothing
     * @param beforeClosing runs when the wait ran out, just before the connection is closed (to say so)
     */
    static TcpSendThenWait start(TcpClient client, byte[] payload, int waitMillis, Runnable beforeClosing) {
        TcpSendThenWait exchange = new TcpSendThenWait(client, payload, waitMillis, beforeClosing);
        exchange.thread.start();
        return exchange;
    }

    /** True if the payload could not be sent; the client has reported why. */
    boolean sendFailed() {
        return sendFailed;
    }

    /** True if the wait ran out and this closed the connection, rather than the peer. */
    boolean timedOut() {
        return timedOut;
    }

    /** Called once {@code client.run()} has returned: stops waiting and returns when the thread has ended. */
    void finish() {
        runEnded.countDown();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;   // finish the join: the command promises no thread is left
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange() {
        try {
            client.connected().get();
        } catch (ExecutionException e) {
            return;   // never connected; the client has reported why
        } catch (InterruptedException e) {
            return;   // only finish() could, and it does not interrupt
        }
        if (payload != null && !client.send(payload)) {
            sendFailed = true;
            return;
        }
        if (waitMillis == 0) {
            return;   // read until the peer closes
        }
        try {
            if (!runEnded.await(waitMillis, TimeUnit.MILLISECONDS)) {
                timedOut = true;
                beforeClosing.run();
                client.close();
            }
        } catch (InterruptedException e) {
            // Nobody interrupts this thread; ending is right either way.
        }
    }
}
