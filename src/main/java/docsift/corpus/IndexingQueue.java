package docsift.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one indexing thread and the work waiting for it. Every change to the index while serving goes through
 * here, one pass at a time: the start-up catch-up, the watcher's batches of changed paths, full rebuilds asked
 * for over HTTP, and retries. Waiting work is merged, so a burst never builds a backlog: paths offered while a
 * pass runs form the next pass, a catch-up covers any paths, a rebuild covers everything, and at most one
 * rebuild waits (asking again while one waits returns that one).
 *
 * <p>A pass that fails (a full disk, an index folder that refuses writes, a corpus folder that is gone) is
 * logged and counted, the index keeps its last commit, {@link #failure()} says why and since when, and the
 * queue retries with a catch-up of the whole corpus after a backoff (doubling up to a maximum), so it
 * recovers by itself once the cause goes, without waiting for another save. Work offered during the backoff
 * waits for the retry. Thread-safe.
 */
public final class IndexingQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexingQueue.class);
    /** How long close() lets a running pass finish before the store it writes to is closed. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** Finished rebuild jobs kept for {@link #job(String)}; older ones are forgotten. */
    private static final int KEPT_JOBS = 32;

    /**
     * How retries after a failed pass are spaced.
     *
     * @param first delay before the first retry
     * @param max   longest delay; reached by doubling
     */
    public record Backoff(Duration first, Duration max) {
        /** Fast enough that a freed disk is noticed within seconds; slow enough that a lasting fault costs little. */
        public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30));

        Duration after(int failures) {
            long millis = first.toMillis() << Math.min(20, Math.max(0, failures - 1));
            return Duration.ofMillis(Math.min(millis, max.toMillis()));
        }
    }

    /**
     * Why the index does not follow the corpus: the last pass failed. Immutable.
     *
     * @param reason   the last failure, for people
     * @param since    when the first of the failed passes in a row ended
     * @param attempts failed passes in a row
     */
    public record Failure(String reason, Instant since, int attempts) {
    }

    /** Totals since start, for metrics. Immutable. */
    public record Counters(long passes, long failedPasses, long rebuilds, long failedRebuilds) {
    }

    /** One pass's work, taken from the queue at once; {@code start} for the start-up catch-up. */
    private record Work(List<Path> paths, boolean catchUp, RebuildJob rebuild, boolean start) {
        static final Work START = new Work(List.of(), true, null, true);

        Work(List<Path> paths, boolean catchUp, RebuildJob rebuild) {
            this(paths, catchUp, rebuild, false);
        }

        boolean isEmpty() {
            return paths.isEmpty() && !catchUp && rebuild == null;
        }
    }

    private final CorpusIndexer indexer;
    private final Consumer<SyncReport> onPass;
    private final Backoff backoff;
    private final ScheduledThreadPoolExecutor thread;
    private final Set<Path> paths = new LinkedHashSet<>();
    private boolean catchUp;
    private RebuildJob waitingRebuild;
    private boolean scheduled;
    private boolean backingOff;
    private long jobCounter;
    private final Map<String, RebuildJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RebuildJob> eldest) {
            return size() > KEPT_JOBS;
        }
    };
    private volatile Failure failure;
    private volatile Instant catchingUpSince;
    /** True while a pass runs: background work that only speeds up later searches gives way meanwhile. */
    private volatile boolean passRunning;
    private final AtomicLong passes = new AtomicLong();
    private final AtomicLong failedPasses = new AtomicLong();
    private final AtomicLong rebuilds = new AtomicLong();
    private final AtomicLong failedRebuilds = new AtomicLong();

    /**
     * @param onPass called on the indexing thread after each pass but the start-up catch-up, once its change is
     *               searchable (for logs, tests and benchmarks)
     */
    public IndexingQueue(CorpusIndexer indexer, Backoff backoff, Consumer<SyncReport> onPass) {
        this.indexer = indexer;
        this.backoff = backoff;
        this.onPass = onPass;
        this.thread = new ScheduledThreadPoolExecutor(1, IndexingQueue::indexingThread);
        // close() must not wait for, nor run, a retry that is not due yet.
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A daemon: if the JVM exits without close(), a pass cut short is like a crash, which the index survives. */
    private static Thread indexingThread(Runnable task) {
        Thread thread = new Thread(task, "docsift-indexing");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Runs the start-up catch-up on the indexing thread and waits for it.
     *
     * @return what it did, or empty when it failed (the failure is in {@link #failure()}, and retries follow)
     */
    public Optional<SyncReport> catchUpAtStart() throws InterruptedException {
        catchingUpSince = Instant.now();
        try {
            return thread.submit(() -> run(Work.START, false)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // run() catches every failure of a pass
        } finally {
            catchingUpSince = null;
        }
    }

    /** When the start-up catch-up began, while it runs; null otherwise. */
    public Instant catchingUpAtStartSince() {
        return catchingUpSince;
    }

    /** True while a pass runs on the indexing thread (the start-up catch-up, a save, a rebuild, a retry). */
    public boolean passRunning() {
        return passRunning;
    }

    /** Queues changed paths (or a catch-up of the whole corpus) for the next pass; from the watcher. */
    public synchronized void offer(Set<Path> changed, boolean needsCatchUp) {
        paths.addAll(changed);
        catchUp |= needsCatchUp;
        scheduleIfIdle();
    }

    /**
     * True when a change to the file at this path may change the index: an article's name, or a file some article
     * includes (an {@code _includes} fragment, a snippet). Other files (editor swap files, images) need no pass.
     */
    public boolean concerns(Path path) {
        return CorpusReader.isMarkdownName(path) || indexer.isIncluded(path);
    }

    /** Queues a full rebuild, or returns the one already waiting; follow it with {@link #job(String)}. */
    public synchronized RebuildJob rebuild() {
        if (waitingRebuild == null) {
            waitingRebuild = new RebuildJob(String.valueOf(++jobCounter));
            jobs.put(waitingRebuild.id(), waitingRebuild);
            scheduleIfIdle();
        }
        return waitingRebuild;
    }

    /**
     * Queues a catch-up of the whole corpus and runs it as soon as the indexing thread is free, even during a
     * backoff: for when the cause of failures is known to be gone (the watcher found its corpus folder again).
     */
    public synchronized void catchUpSoon() {
        catchUp = true;
        backingOff = false;
        scheduleIfIdle();
    }

    /** A rebuild job asked for since start (the last {@value #KEPT_JOBS}), by id. */
    public synchronized Optional<RebuildJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Why the index does not follow the corpus now, or null when the last pass succeeded. */
    public Failure failure() {
        return failure;
    }

    /** Totals since start. */
    public Counters counters() {
        return new Counters(passes.get(), failedPasses.get(), rebuilds.get(), failedRebuilds.get());
    }

    private void scheduleIfIdle() {
        if (scheduled || backingOff || thread.isShutdown()) {
            return;
        }
        try {
            thread.execute(this::runNext);
            scheduled = true;
        } catch (RejectedExecutionException e) {
            LOG.debug("Indexing stopped; queued changes are left for the next start's catch-up");
        }
    }

    private void runNext() {
        Work work = take();
        if (!work.isEmpty()) {
            run(work, true);
        }
    }

    private synchronized Work take() {
        Work work = new Work(List.copyOf(paths), catchUp, waitingRebuild);
        paths.clear();
        catchUp = false;
        waitingRebuild = null;
        scheduled = false;
        return work;
    }

    /** Runs one pass; never throws (a failure is recorded and retried). */
    private Optional<SyncReport> run(Work work, boolean notify) {
        if (work.rebuild() != null) {
            work.rebuild().started();
        }
        passRunning = true;
        try {
            SyncReport report = work.start() ? indexer.catchUpAtStart() : work.rebuild() != null ? indexer.rebuild()
                    : work.catchUp() ? indexer.catchUp() : indexer.update(work.paths());
            succeeded(work, report, notify);
            return Optional.of(report);
        } catch (Exception | StackOverflowError e) {
            failed(work, e);
            return Optional.empty();
        } finally {
            passRunning = false;
        }
    }

    private void succeeded(Work work, SyncReport report, boolean notify) {
        passes.incrementAndGet();
        if (failure != null) {
            LOG.info("Re-indexing works again after {} failed passes", failure.attempts());
        }
        failure = null;
        if (work.rebuild() != null) {
            rebuilds.incrementAndGet();
            work.rebuild().done(report);
        }
        if (report.changedIndex()) {
            LOG.info("Re-indexed: {} written, {} removed, in {} ms", report.indexed(), report.deleted(), report.tookMs());
        }
        if (notify) {
            onPass.accept(report);
        }
    }

    private void failed(Work work, Throwable e) {
        failedPasses.incrementAndGet();
        Failure previous = failure;
        int attempts = previous == null ? 1 : previous.attempts() + 1;
        failure = new Failure(describe(e), previous == null ? Instant.now() : previous.since(), attempts);
        Duration delay = backoff.after(attempts);
        if (attempts == 1) {
            LOG.error("Re-indexing {} failed; the index keeps its last commit, and a catch-up of the whole corpus "
                    + "follows in {} ms", what(work), delay.toMillis(), e);
        } else {
            // The stack trace was logged with the first failure of the run: a lasting fault logs one line a retry.
            LOG.warn("Re-indexing {} failed again ({} in a row): {}; next try in {} ms", what(work), attempts,
                    describe(e), delay.toMillis());
        }
        if (work.rebuild() != null) {
            failedRebuilds.incrementAndGet();
            work.rebuild().failed(describe(e));
        }
        retryAfter(delay);
    }

    private synchronized void retryAfter(Duration delay) {
        catchUp = true;
        backingOff = true;
        try {
            thread.schedule(this::endBackoff, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Indexing stopped; no retry");
        }
    }

    private synchronized void endBackoff() {
        backingOff = false;
        scheduleIfIdle();
    }

    private static String what(Work work) {
        return work.rebuild() != null ? "the whole corpus (rebuild " + work.rebuild().id() + ")"
                : work.catchUp() ? "the corpus" : work.paths().toString();
    }

    private static String describe(Throwable e) {
        // The message, and the cause's when it adds something (an IOException's message is often only a path).
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }

    /** Stops indexing: the running pass may finish; waiting work is left for the next start's catch-up. */
    @Override
    public void close() {
        RebuildJob waiting;
        synchronized (this) {
            waiting = waitingRebuild;
            waitingRebuild = null;
            thread.shutdown();
        }
        if (waiting != null) {
            waiting.failed("the server stopped before the rebuild could start");
        }
        try {
            if (!thread.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("An indexing pass is still running after {}; closing anyway", CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
