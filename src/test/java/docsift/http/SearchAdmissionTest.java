package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import docsift.search.SearchRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Slots, queue and refusals of admission control, with slots held by the test itself. */
class SearchAdmissionTest {
    private static final SearchRequest ORDINARY = SearchRequest.of("select for update", 10);
    private static final SearchRequest EXPENSIVE = SearchRequest.of("a* b* c* d* e*", 10);
    private static final SearchRequest DEEP = new SearchRequest("table", 100, 9_900, null, null, null, null);

    @Test
    void pastItsSlotsAndQueueASearchIsRefusedAtOnce() {
        SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 0, Duration.ZERO));
        try (SearchAdmission.Slot held = admission.enter(ORDINARY)) {
            OverloadedException busy = assertThrows(OverloadedException.class, () -> admission.enter(ORDINARY));
            assertEquals(503, busy.getStatus());
            // Expensive searches have their own lane: an ordinary one running does not stop them.
            try (SearchAdmission.Slot expensive = admission.enter(EXPENSIVE)) {
                OverloadedException refused = assertThrows(OverloadedException.class, () -> admission.enter(DEEP));
                assertEquals(429, refused.getStatus());
            }
        }
        admission.enter(ORDINARY).close();
        admission.enter(DEEP).close();
    }

    @Test
    void aQueuedSearchTakesTheSlotWhenItIsFreed() throws Exception {
        SearchAdmission admission = new SearchAdmission(new SearchAdmission.Limits(1, 1, 1, Duration.ofMinutes(1)));
        SearchAdmission.Slot held = admission.enter(ORDINARY);
        Thread waiter = new Thread(() -> admission.enter(ORDINARY).close());
        waiter.start();
        // The waiter's place in the queue is taken (or it already ran after the release below): a third is refused.
        while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.isAlive()) {
            Thread.onSpinWait();
        }
        assertThrows(OverloadedException.class, () -> admission.enter(ORDINARY));
        held.close();
        waiter.join();
        admission.enter(ORDINARY).close();
    }
}
