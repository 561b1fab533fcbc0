package dev.socketworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.socketworkbench.net.engine.BackgroundPriority;
import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineRunnerTest {
    private static final String PREFIX = "test-engine-";
    private final EngineRunner runner = new EngineRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();
    }

    @AfterEach
    void noThreadLeft() throws Exception {
        FxThread.run(runner::stopAll);
        for (Thread t : FxThread.threadsNamed(PREFIX)) {
            FxThread.awaitEnd(t);
        }
    }

    private <E extends Engine> EngineTask<E> start(E engine, String name) throws Exception {
        return FxThread.call(() -> runner.start(engine, name));
    }

    @Test
    void eachEngineRunsOnItsOwnNamedDaemonThread() throws Exception {
        LoopbackReceiveEngine first = new LoopbackReceiveEngine();
        LoopbackReceiveEngine second = new LoopbackReceiveEngine();
        EngineTask<LoopbackReceiveEngine> a = start(first, PREFIX + "a");
        EngineTask<LoopbackReceiveEngine> b = start(second, PREFIX + "b");
        assertTrue(first.receiving.await(10, TimeUnit.SECONDS));
        assertTrue(second.receiving.await(10, TimeUnit.SECONDS));
        assertEquals(PREFIX + "a", first.thread.getName());
        assertEquals(PREFIX + "b", second.thread.getName());
        assertTrue(first.thread.isDaemon());
        assertFalse(first.thread == second.thread);
        FxThread.awaitValue(a::stateProperty, Worker.State.RUNNING);
        FxThread.awaitValue(b::stateProperty, Worker.State.RUNNING);
        assertEquals(2, (int) FxThread.call(runner::runningCount));
        assertEquals(List.of(a, b), FxThread.call(() -> List.copyOf(runner.activeTasks())));
        assertTrue(FxThread.call(a::isRunning));
    }

    /** The window's engines give way to the FX thread when both want the CPU (BackgroundPriority). */
    @Test
    void engineThreadsRunBelowTheFxThreadOnLinux() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")), "Linux only");
        CompletableFuture<Boolean> allowed = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> allowed.complete(BackgroundPriority.lowerCurrentThread()));
        assumeTrue(allowed.get(10, TimeUnit.SECONDS), "this system lets a thread lower its own priority");
        CompletableFuture<Integer> nice = new CompletableFuture<>();
        Engine probe = new Engine() {
            @Override
            public void run() {
                nice.complete(niceOfThisThread());
            }

            @Override
            public void close() { }
        };
        start(probe, PREFIX + "nice");
        assertEquals(BackgroundPriority.NICE, nice.get(10, TimeUnit.SECONDS), "the engine thread's nice value");
        assertEquals(0, (int) FxThread.call(EngineRunnerTest::niceOfThisThread), "the FX thread keeps its own");
    }

    /** Field 19 of /proc/thread-self/stat, counted after the command name in parentheses. */
    static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void stopClosesTheEngineAndTheThreadEnds() throws Exception {
        LoopbackReceiveEngine engine = new LoopbackReceiveEngine();
        EngineTask<LoopbackReceiveEngine> task = start(engine, PREFIX + "stop");
        assertTrue(engine.receiving.await(10, TimeUnit.SECONDS));
        FxThread.awaitValue(task::stateProperty, Worker.State.RUNNING);

        FxThread.run(() -> {
            runner.stop(task);
            // On the FX thread the task is cancelled at once; the count follows without waiting.
            assertEquals(Worker.State.CANCELLED, task.getState());
            assertEquals(0, runner.runningCount());
            assertFalse(task.isRunning());
        });
        assertTrue(engine.isClosed());
        FxThread.awaitEnd(engine.thread);
        assertEquals("", FxThread.call(task::failureMessage));
    }

    @Test
    void stopAllStopsEveryEngine() throws Exception {
        LoopbackReceiveEngine first = new LoopbackReceiveEngine();
        LoopbackReceiveEngine second = new LoopbackReceiveEngine();
        start(first, PREFIX + "all-1");
        start(second, PREFIX + "all-2");
        assertTrue(first.receiving.await(10, TimeUnit.SECONDS));
        assertTrue(second.receiving.await(10, TimeUnit.SECONDS));
        FxThread.run(runner::stopAll);
        assertTrue(first.isClosed());
        assertTrue(second.isClosed());
        FxThread.awaitEnd(first.thread);
        FxThread.awaitEnd(second.thread);
        FxThread.awaitValue(runner::runningCountProperty, (Number) 0);
    }

    @Test
    void engineThatFinishesSucceedsAndLeavesTheCount() throws Exception {
        LoopbackReceiveEngine engine = new LoopbackReceiveEngine(1);
        EngineTask<LoopbackReceiveEngine> task = start(engine, PREFIX + "one-datagram");
        assertTrue(engine.receiving.await(10, TimeUnit.SECONDS));
        try (DatagramSocket sender = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
            sender.send(new DatagramPacket(hello, hello.length, InetAddress.getLoopbackAddress(), engine.port()));
        }
        FxThread.awaitValue(task::stateProperty, Worker.State.SUCCEEDED);
        FxThread.awaitValue(runner::runningCountProperty, (Number) 0);
        assertTrue(engine.isClosed(), "a finished engine is closed");
        FxThread.awaitEnd(engine.thread);
    }

    @Test
    void failingEngineEndsFailedWithItsSentenceAndNoStackTrace() throws Exception {
        String sentence = "Port 6667 is already in use on 127.0.0.1:6667: another program (or another tab) is bound to it; stop it or pick another port.";
        Engine failing = new Engine() {
            @Override
            public void run() throws EngineException {
                throw new EngineException(sentence, new java.net.BindException("Address already in use"), false);
            }

            @Override
            public void close() { }
        };
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            EngineTask<Engine> task = start(failing, PREFIX + "fail");
            FxThread.awaitValue(task::stateProperty, Worker.State.FAILED);
            assertEquals(sentence, FxThread.call(task::failureMessage));
            FxThread.awaitValue(runner::runningCountProperty, (Number) 0);
        } finally {
            System.setErr(originalErr);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("EngineException"), printed);
        assertFalse(printed.contains("\tat "), printed);
    }

    @Test
    void startingOffTheFxThreadIsRefused() throws Exception {
        LoopbackReceiveEngine engine = new LoopbackReceiveEngine();
        try {
            assertThrows(IllegalStateException.class, () -> runner.start(engine, PREFIX + "wrong-thread"));
            assertTrue(FxThread.threadsNamed(PREFIX + "wrong-thread").isEmpty());
        } finally {
            engine.close();
        }
    }

    @Test
    void aTaskCannotBeStartedTwice() throws Exception {
        LoopbackReceiveEngine engine = new LoopbackReceiveEngine();
        EngineTask<LoopbackReceiveEngine> task = start(engine, PREFIX + "twice");
        FxThread.run(() -> assertThrows(IllegalStateException.class, () -> runner.start(task)));
    }
}
