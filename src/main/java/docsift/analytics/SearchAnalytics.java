package docsift.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records searches and opened hits off the request path: request threads only offer an event to a bounded
 * queue (a full queue drops the event and counts it, so a flood never slows searches or grows memory), and one
 * writer thread folds search-as-you-type prefixes away, writes batches to the store and deletes what is older
 * than the retention. Reports first let the writer catch up, so they include every event offered before them.
 * Thread-safe; {@link #close()} writes what is queued and closes the store.
 */
public final class SearchAnalytics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchAnalytics.class);
    /** Events waiting for the writer: about a minute of a busy site's searches, a few MB at most. */
    public static final int DEFAULT_QUEUE = 10_000;
    private static final int BATCH = 500;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration REPORT_WAIT = Duration.ofSeconds(30);

    /** Settings: the folder of the database, how long events are kept, the queue's size, the clock. */
    public record Settings(Path folder, Duration retention, int queue, Clock clock, Duration typingWindow) {
        public Settings {
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("retention must be positive");
            }
            if (queue < 1) {
                throw new IllegalArgumentException("queue must hold at least one event");
            }
        }

        /** Real time, the default queue and typing window. */
        public Settings(Path folder, Duration retention) {
            this(folder, retention, DEFAULT_QUEUE, Clock.systemUTC(), TypingFilter.WINDOW);
        }
    }

    /** Asks the writer to write everything before it, held searches too, then complete. */
    private record Flush(CompletableFuture<Void> done) {
    }

    private static final Object STOP = new Object();

    private final Settings settings;
    private final AnalyticsStore store;
    private final BlockingQueue<Object> queue;
    private final TypingFilter typing;
    private final LongAdder recorded = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final Thread writer;
    private Instant lastPurge = Instant.MIN;

    private SearchAnalytics(Settings settings, AnalyticsStore store) {
        this.settings = settings;
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(settings.queue());
        this.typing = new TypingFilter(settings.typingWindow());
        this.writer = Thread.ofPlatform().name("docsift-analytics").daemon().unstarted(this::run);
    }

    /** Opens (or creates) the store in the settings' folder and starts the writer. */
    public static SearchAnalytics open(Settings settings) throws java.io.IOException {
        Files.createDirectories(settings.folder());
        SearchAnalytics analytics = new SearchAnalytics(settings, AnalyticsStore.open(settings.folder()));
        analytics.writer.start();
        return analytics;
    }

    /** Records a search (empty queries are not); never blocks. */
    public void searched(String query, long hits) {
        SearchEvent event = new SearchEvent(settings.clock().instant(), query, hits);
        if (!event.query().isEmpty()) {
            offer(event);
        }
    }

    /**
     * Records that the hit at {@code position} was opened for {@code query}; never blocks.
     *
     * @throws IllegalArgumentException when the query is empty, the position out of 1-1000 or the hit id empty
     *                                  or too long
     */
    public void opened(String query, int position, String hit) {
        offer(new ClickEvent(settings.clock().instant(), query, position, hit));
    }

    private void offer(Object event) {
        if (!queue.offer(event)) {
            dropped.increment();
        }
    }

    /** The report of the last {@code period}, with at most {@code limit} queries per list. */
    public AnalyticsReport report(Duration period, int limit) throws SQLException {
        flush();
        Instant until = settings.clock().instant();
        return store.report(until.minus(period), until.plusMillis(1), limit);
    }

    /** Events written so far. */
    public long recorded() {
        return recorded.sum();
    }

    /** Events dropped because the queue was full. */
    public long dropped() {
        return dropped.sum();
    }

    private void flush() {
        Flush flush = new Flush(new CompletableFuture<>());
        try {
            if (!queue.offer(flush, REPORT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the analytics writer is not keeping up");
            }
            flush.done().get(REPORT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the analytics writer", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the analytics writer did not catch up", e);
        }
    }

    private void run() {
        List<Object> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                Object first = queue.poll(1, TimeUnit.SECONDS);
                batch.clear();
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                }
                if (!process(batch)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                // Analytics must never take the server down: the batch is lost, and logged.
                LOG.error("Search analytics: {} events not written: {}", batch.size(), e.toString());
            }
        }
    }

    /** Writes one batch; false once the stop marker came. */
    private boolean process(List<Object> batch) throws SQLException {
        List<SearchEvent> searches = new ArrayList<>();
        List<ClickEvent> clicks = new ArrayList<>();
        List<CompletableFuture<Void>> flushed = new ArrayList<>();
        boolean stop = false;
        for (Object event : batch) {
            switch (event) {
                case SearchEvent search -> searches.addAll(typing.add(search));
                case ClickEvent click -> clicks.add(click);
                case Flush flush -> flushed.add(flush.done());
                default -> stop = event == STOP;
            }
        }
        searches.addAll(stop || !flushed.isEmpty() ? typing.releaseAll() : typing.release(settings.clock().instant()));
        if (!searches.isEmpty() || !clicks.isEmpty()) {
            store.write(searches, clicks);
            recorded.add(searches.size() + clicks.size());
        }
        purgeIfDue();
        flushed.forEach(done -> done.complete(null));
        return !stop;
    }

    private void purgeIfDue() throws SQLException {
        Instant now = settings.clock().instant();
        if (lastPurge.plus(PURGE_EVERY).isBefore(now)) {
            lastPurge = now;
            int deleted = store.deleteBefore(now.minus(settings.retention()));
            if (deleted > 0) {
                LOG.info("Search analytics: deleted {} events older than {}", deleted, settings.retention());
            }
        }
    }

    @Override
    public void close() {
        try {
            queue.put(STOP);
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.close();
        } catch (SQLException e) {
            LOG.warn("Search analytics: closing the store failed: {}", e.toString());
        }
    }
}
