package dev.socketworkbench.ui.log;

import dev.socketworkbench.net.event.NetEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueueTest {

    @Test
    void drainsAtMostTheLimitOldestFirst() {
        EventQueue queue = new EventQueue();
        Events.numbered(0, 10).forEach(queue::publish);
        List<NetEvent> into = new ArrayList<>();
        assertEquals(4, queue.drainTo(into, 4));
        assertEquals(List.of(0, 1, 2, 3), into.stream().map(Events::number).toList());
        List<Integer> rest = new ArrayList<>();
        assertEquals(6, queue.drainTo(e -> rest.add(Events.number(e))));
        assertEquals(List.of(4, 5, 6, 7, 8, 9), rest);
        assertTrue(queue.isEmpty());
    }

    @Test
    void losesNothingFromConcurrentProducersAndKeepsEachProducersOrder() throws Exception {
        EventQueue queue = new EventQueue();
        int producers = 4;
        int perProducer = 50_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            threads.add(Thread.ofPlatform().name("event-queue-test-producer-" + p).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perProducer; i++) {
                    queue.publish(Events.numbered(base + i));
                }
            }));
        }
        go.countDown();
        int[] lastSeen = new int[producers];
        Arrays.fill(lastSeen, -1);
        int drained = 0;
        List<NetEvent> batch = new ArrayList<>();
        while (drained < producers * perProducer) {
            batch.clear();
            drained += queue.drainTo(batch, 10_000);
            for (NetEvent e : batch) {
                int n = Events.number(e);
                int p = n / perProducer;
                assertEquals(lastSeen[p] + 1, n % perProducer, "producer " + p + " out of order");
                lastSeen[p] = n % perProducer;
            }
            if (batch.isEmpty()) {
                Thread.onSpinWait();
            }
        }
        for (Thread t : threads) {
            assertTrue(t.join(Duration.ofSeconds(30)), t.getName() + " did not finish");
        }
        assertTrue(queue.isEmpty());
        for (int p = 0; p < producers; p++) {
            assertEquals(perProducer - 1, lastSeen[p]);
        }
    }
}
