package docsift.http;

import docsift.search.SearchCost;
import docsift.search.SearchRequest;
import docsift.search.SearchService;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control for searches, as Elasticsearch's search thread pool and Solr's rate limiter do it: a
 * bounded number of searches run at once, a bounded number wait (each at most {@link Limits#maxWait()}), and
 * the rest are refused at once with 503 and Retry-After rather than queued until they are useless. Expensive
 * searches ({@link SearchCost#expensive()}) have a lane of their own with fewer slots ({@link ParkedLane}):
 * they wait and run on the lane's threads, never on a request thread, and are refused with 429 when no slot
 * came within the wait, so that a flood of them leaves the other slots, the request threads and most of the
 * CPU to ordinary searches. Owns the expensive lane's threads; thread-safe.
 */
public final class SearchAdmission implements AutoCloseable {
    /**
     * How many searches run and wait, and for how long each may run.
     *
     * @param searches          ordinary searches running at once (about the number of cores: searches are
     *                          CPU-bound, more only take turns)
     * @param expensiveSearches expensive searches running at once, besides the ordinary ones
     * @param queue             ordinary searches waiting for a slot (each on its request thread); expensive
     *                          ones are parked, up to {@link SearchAdmission#EXPENSIVE_PARKED}, or none when
     *                          this is 0
     * @param maxWait           the longest a search waits for a slot before it is refused
     * @param timeLimit         the longest one search runs; what it found by then is answered, marked timedOut
     */
    public record Limits(int searches, int expensiveSearches, int queue, Duration maxWait, Duration timeLimit) {
        /** The time limit when none is given (the search service's own). */
        public static final Duration DEFAULT_TIME_LIMIT = SearchService.TIME_LIMIT;
        /** As many searches as cores, half as many expensive ones, 32 waiting up to half a second, 2 s each. */
        public static final Limits DEFAULT = of(Runtime.getRuntime().availableProcessors(), 32);

        public Limits {
            if (searches < 1 || expensiveSearches < 1 || queue < 0 || maxWait.isNegative()) {
                throw new IllegalArgumentException("searches and expensiveSearches must be 1 or more, queue 0 or more");
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("the search time limit must be positive, not " + timeLimit);
            }
        }

        /** These limits with the default time limit. */
        public Limits(int searches, int expensiveSearches, int queue, Duration maxWait) {
            this(searches, expensiveSearches, queue, maxWait, DEFAULT_TIME_LIMIT);
        }

        /** {@code searches} at once (half as many expensive ones, at least one), {@code queue} waiting up to 0.5 s. */
        public static Limits of(int searches, int queue) {
            return new Limits(searches, Math.max(1, searches / 2), queue, Duration.ofMillis(500));
        }

        /** These limits with searches stopped at {@code limit}. */
        public Limits withTimeLimit(Duration limit) {
            return new Limits(searches, expensiveSearches, queue, maxWait, limit);
        }
    }

    /** A slot held by one search; closing it frees the slot. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Expensive searches parked waiting for a slot, at most. They hold no request thread while parked, only
     * their connection's buffers. Refused at once, a client that ignores Retry-After sends again at once:
     * wrk's 64 connections sent 8,087 refused requests a second, whose answering took the CPU from ordinary
     * searches (a probe waited up to 2.5 s); parked, each waits out the lane's wait before its 429.
     */
    static final int EXPENSIVE_PARKED = 256;

    private final Lane ordinary;
    private final ParkedLane expensive;

    SearchAdmission(Limits limits) {
        this.ordinary = new Lane(limits.searches(), limits.queue(), limits.maxWait(), OverloadedException::busy);
        // A queue of 0 means no waiting in either lane.
        this.expensive = new ParkedLane(limits.expensiveSearches(), limits.queue() == 0 ? 0 : EXPENSIVE_PARKED,
                limits.maxWait(), OverloadedException::expensive, "docsift-expensive-search");
    }

    /** True when {@code request} goes to the expensive lane ({@link #park}), false for {@link #enter}. */
    static boolean expensive(SearchRequest request) {
        return SearchCost.of(request).expensive();
    }

    /**
     * A slot for an ordinary search on the calling thread, waiting for one boundedly; throws
     * {@link OverloadedException} past the bounds.
     */
    Slot enter() {
        return ordinary.enter();
    }

    /**
     * Runs an expensive search on the expensive lane's threads; throws {@link OverloadedException} when the
     * lane is full, and the future fails with it when no slot came within the wait.
     */
    <T> CompletableFuture<T> park(Callable<T> search) {
        return expensive.submit(search);
    }

    @Override
    public void close() {
        expensive.close();
    }

    /** One kind of search's slots and queue. */
    private static final class Lane {
        private final Semaphore slots;
        private final int capacity;
        private final long maxWaitNanos;
        private final java.util.function.Supplier<OverloadedException> refusal;
        /** Running plus waiting. */
        private final AtomicInteger inside = new AtomicInteger();

        Lane(int slots, int queue, Duration maxWait, java.util.function.Supplier<OverloadedException> refusal) {
            this.slots = new Semaphore(slots, true);
            this.capacity = slots + queue;
            this.maxWaitNanos = maxWait.toNanos();
            this.refusal = refusal;
        }

        Slot enter() {
            if (inside.incrementAndGet() > capacity) {
                inside.decrementAndGet();
                throw refusal.get();
            }
            if (!acquire()) {
                inside.decrementAndGet();
                throw refusal.get();
            }
            return () -> {
                slots.release();
                inside.decrementAndGet();
            };
        }

        private boolean acquire() {
            try {
                return slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
