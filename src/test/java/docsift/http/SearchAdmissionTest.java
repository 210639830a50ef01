package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.search.SearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Slots, queue and refusals of admission control, with slots held by the test itself. */
class SearchAdmissionTest {
    private static final SearchRequest ORDINARY = SearchRequest.of("select for update", 10);
    private static final SearchRequest EXPENSIVE = SearchRequest.of("a* b* c* d* e*", 10);
    private static final SearchRequest DEEP = new SearchRequest("table", 100, 9_900, null, null, null, null);

    @Test
    void expensiveSearchesAreToldApartFromOrdinaryOnes() {
        assertFalse(SearchAdmission.expensive(ORDINARY));
        assertTrue(SearchAdmission.expensive(EXPENSIVE));
        assertTrue(SearchAdmission.expensive(DEEP));
    }

    @Test
    void pastItsSlotsAndQueueASearchIsRefusedAtOnce() throws Exception {
        try (SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 0, Duration.ZERO))) {
            CountDownLatch release = new CountDownLatch(1);
            try (SearchAdmission.Slot held = admission.enter()) {
                OverloadedException busy = assertThrows(OverloadedException.class, admission::enter);
                assertEquals(503, busy.getStatus());
                // Expensive searches have their own lane: an ordinary one running does not stop them.
                CompletableFuture<String> running = admission.park(() -> {
                    release.await();
                    return Thread.currentThread().getName();
                });
                OverloadedException refused = assertThrows(OverloadedException.class, () -> admission.park(() -> ""));
                assertEquals(429, refused.getStatus());
                release.countDown();
                assertTrue(running.get().startsWith("docsift-expensive-search-"), "ran off the calling thread");
            }
            admission.enter().close();
            assertEquals("again", admission.park(() -> "again").get());
        }
    }

    @Test
    void aQueuedSearchTakesTheSlotWhenItIsFreed() throws Exception {
        try (SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 1, Duration.ofMinutes(1)))) {
            SearchAdmission.Slot held = admission.enter();
            Thread waiter = new Thread(() -> admission.enter().close());
            waiter.start();
            // The waiter's place in the queue is taken (or it already ran after the release below): a third is refused.
            while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.isAlive()) {
                Thread.onSpinWait();
            }
            assertThrows(OverloadedException.class, admission::enter);
            held.close();
            waiter.join();
            admission.enter().close();
        }
    }

    @Test
    void aParkedExpensiveSearchRunsWhenTheSlotIsFreedWithinTheWait() throws Exception {
        try (SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 1, Duration.ofMinutes(1)))) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> first = admission.park(() -> {
                release.await();
                return "first";
            });
            CompletableFuture<String> parked = admission.park(() -> "parked");
            assertFalse(parked.isDone(), "waits for the only slot");
            release.countDown();
            assertEquals("first", first.get());
            assertEquals("parked", parked.get());
        }
    }

    @Test
    void parkedExpensiveSearchesHoldNoThreadUpToTheirBound() throws Exception {
        try (SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 1, Duration.ofMinutes(1)))) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> running = admission.park(() -> {
                release.await();
                return "running";
            });
            // One thread (a request thread, in the server) parks them all and is never held by one.
            List<CompletableFuture<String>> parked = new ArrayList<>();
            for (int i = 0; i < SearchAdmission.EXPENSIVE_PARKED; i++) {
                parked.add(admission.park(() -> "parked"));
            }
            assertTrue(parked.stream().noneMatch(CompletableFuture::isDone), "all wait for the one slot");
            assertEquals(429, assertThrows(OverloadedException.class, () -> admission.park(() -> "")).getStatus());
            release.countDown();
            assertEquals("running", running.get());
            for (CompletableFuture<String> each : parked) {
                assertEquals("parked", each.get());
            }
        }
    }

    @Test
    void aParkedExpensiveSearchIsRefusedWhenNoSlotCameWithinTheWait() throws Exception {
        try (SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 1, Duration.ofMillis(20)))) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> first = admission.park(() -> {
                release.await();
                return "first";
            });
            CompletableFuture<String> parked = admission.park(() -> "never run");
            ExecutionException refused = assertThrows(ExecutionException.class, parked::get);
            assertEquals(429, assertInstanceOf(OverloadedException.class, refused.getCause()).getStatus());
            release.countDown();
            assertEquals("first", first.get());
            // Its place was given back: the lane takes searches again.
            assertEquals("again", admission.park(() -> "again").get());
        }
    }
}
