package docsift.corpus;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands batches of changed paths to the indexer on one executor, with at most one pass queued: changes
 * offered while a pass runs are merged into the next one instead of queueing a pass per batch, so a burst
 * of saves never builds a backlog. A pass that fails is logged and counted, and the next pass becomes a
 * catch-up of the whole corpus, which recovers whatever the failed one missed. Thread-safe.
 */
final class ChangeQueue {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeQueue.class);

    private final CorpusIndexer indexer;
    private final Executor executor;
    private final Consumer<SyncReport> onPass;
    private final AtomicLong failures = new AtomicLong();
    private final Set<Path> queued = new LinkedHashSet<>();
    private boolean catchUp;
    private boolean scheduled;

    ChangeQueue(CorpusIndexer indexer, Executor executor, Consumer<SyncReport> onPass) {
        this.indexer = indexer;
        this.executor = executor;
        this.onPass = onPass;
    }

    /** Queues the paths (or a catch-up) for the next pass, and schedules that pass unless it already is. */
    synchronized void offer(Set<Path> paths, boolean needsCatchUp) {
        queued.addAll(paths);
        catchUp |= needsCatchUp;
        if (scheduled) {
            return;
        }
        try {
            executor.execute(this::runPass);
            scheduled = true;
        } catch (RejectedExecutionException e) {
            // Only after close(): what is left is picked up by the next start's catch-up.
            LOG.debug("Watcher closed; {} changed paths left for the next start", queued.size());
        }
    }

    /** Passes that failed (each was logged). */
    long failures() {
        return failures.get();
    }

    private void runPass() {
        List<Path> paths;
        boolean wholeCorpus;
        synchronized (this) {
            paths = List.copyOf(queued);
            wholeCorpus = catchUp;
            queued.clear();
            catchUp = false;
            scheduled = false;
        }
        try {
            SyncReport report = wholeCorpus ? indexer.catchUp() : indexer.update(paths);
            log(report);
            onPass.accept(report);
        } catch (Exception e) {
            failures.incrementAndGet();
            LOG.error("Re-indexing {} failed; the index keeps its last commit and the next change triggers a "
                    + "catch-up", wholeCorpus ? "the corpus" : paths, e);
            synchronized (this) {
                catchUp = true;
            }
        }
    }

    private static void log(SyncReport report) {
        if (report.changedIndex()) {
            LOG.info("Re-indexed: {} written, {} removed, in {} ms", report.indexed(), report.deleted(),
                    report.tookMs());
        }
    }
}
