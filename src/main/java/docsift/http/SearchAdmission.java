package docsift.http;

import docsift.search.SearchCost;
import docsift.search.SearchRequest;
import docsift.search.SearchService;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission control for searches, as Elasticsearch's search thread pool and Solr's rate limiter do it: a
 * bounded number of searches run at once, a bounded number wait (each at most {@link Limits#maxWait()}), and
 * the rest are refused at once with 503 and Retry-After rather than queued until they are useless. Expensive
 * searches ({@link SearchCost#expensive()}) have a lane of their own with fewer slots and a short queue,
 * refused with 429 past it, so that a flood of them leaves the other slots, and the request threads, to
 * ordinary searches. Thread-safe.
 */
public final class SearchAdmission {
    /**
     * How many searches run and wait, and for how long each may run.
     *
     * @param searches          ordinary searches running at once (about the number of cores: searches are
     *                          CPU-bound, more only take turns)
     * @param expensiveSearches expensive searches running at once, besides the ordinary ones
     * @param queue             searches waiting for a slot: ordinary ones; expensive ones at most
     *                          {@link SearchAdmission#EXPENSIVE_QUEUE} of them
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
     * Expensive searches waiting for a slot, at most. A waiting search holds a request thread: with the
     * ordinary queue's 32, a flood of expensive searches kept all 32 threads waiting, and an ordinary search
     * queued for a thread for 1.4-3.4 s; with none, a few users' long questions at once were refused (429)
     * in the ordinary query mix at 8 connections. Four hold at most 4 of the 32 threads.
     */
    static final int EXPENSIVE_QUEUE = 4;

    private final Lane ordinary;
    private final Lane expensive;

    SearchAdmission(Limits limits) {
        this.ordinary = new Lane(limits.searches(), limits.queue(), limits.maxWait(), OverloadedException::busy);
        this.expensive = new Lane(limits.expensiveSearches(), Math.min(limits.queue(), EXPENSIVE_QUEUE),
                limits.maxWait(), OverloadedException::expensive);
    }

    /** A slot for this search, waiting for one boundedly; throws {@link OverloadedException} past the bounds. */
    Slot enter(SearchRequest request) {
        return (SearchCost.of(request).expensive() ? expensive : ordinary).enter();
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
