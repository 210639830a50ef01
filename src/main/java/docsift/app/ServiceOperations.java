package docsift.app;

import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusWatcher;
import docsift.corpus.IndexingProblem;
import docsift.corpus.IndexingQueue;
import docsift.corpus.RebuildJob;
import docsift.corpus.SyncReport;
import docsift.index.IndexStore;
import docsift.search.Catalog;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Operations} over the running parts: the health is assembled here, in one place, from the index store
 * (can it be written), the indexing queue (do passes succeed), the watcher (is the corpus folder followed),
 * the indexer (which articles failed) and the catalog (what is searchable). Thread-safe: it only reads their
 * thread-safe state and queues work.
 */
public final class ServiceOperations implements Operations {
    private final CorpusIndexer indexer;
    private final IndexStore store;
    private final IndexingQueue queue;
    private final CorpusWatcher watcher;
    private final Catalog catalog;

    /** @param watcher the corpus watcher, or null when the server does not watch */
    public ServiceOperations(CorpusIndexer indexer, IndexStore store, IndexingQueue queue, CorpusWatcher watcher,
                             Catalog catalog) {
        this.indexer = indexer;
        this.store = store;
        this.queue = queue;
        this.watcher = watcher;
        this.catalog = catalog;
    }

    @Override
    public boolean passRunning() {
        return queue.passRunning();
    }

    @Override
    public Health health() throws IOException {
        List<Health.Problem> problems = indexer.problems().values().stream()
                .sorted(Comparator.comparing(IndexingProblem::at)).map(ServiceOperations::problem).toList();
        Health.Condition index = index();
        Health.Condition indexing = indexing();
        Health.Condition watch = watch();
        List<String> reasons = new ArrayList<>();
        addReason(reasons, index, "the index cannot be written");
        addReason(reasons, indexing, "re-indexing fails");
        addReason(reasons, watch, "changes of the corpus are not followed");
        if (!problems.isEmpty()) {
            reasons.add(problems.size() + (problems.size() == 1 ? " article" : " articles")
                    + " could not be indexed; the previous version stays searchable");
        }
        Instant last = store.lastCommitTime();
        return new Health(reasons.isEmpty() ? "ok" : "degraded", reasons, catalog.documentCount(),
                indexer.committedArticles().size(), text(last), lastError(index, indexing, watch, problems),
                problems, store.recoveryNote() == null ? List.of() : List.of(store.recoveryNote()),
                watcher == null ? 0 : watcher.failures(), index, indexing, watch);
    }

    private Health.Condition index() {
        IndexStore.WriteFault fault = store.writeFault();
        if (fault == null) {
            return Health.Condition.good("writable");
        }
        String reason = fault.readOnly()
                ? "the index folder refuses writes (" + fault.reason() + "): searches answer from its last commit; "
                        + "re-indexing is impossible until it can be written"
                : fault.reason();
        return new Health.Condition(fault.readOnly() ? "read-only" : "unavailable", reason, text(fault.since()));
    }

    private Health.Condition indexing() {
        IndexingQueue.Failure failure = queue.failure();
        if (failure == null) {
            Instant catchingUp = queue.catchingUpAtStartSince();
            // Not a fault: answers come from the last commit meanwhile, and the catch-up ends by itself.
            return catchingUp == null ? Health.Condition.good("ok")
                    : new Health.Condition("catching-up", null, text(catchingUp));
        }
        return new Health.Condition("failing", failure.reason() + " (" + failure.attempts()
                + " failed passes in a row; retrying with a catch-up of the whole corpus)", text(failure.since()));
    }

    private Health.Condition watch() {
        if (watcher == null) {
            return Health.Condition.good("off");
        }
        if (!watcher.started()) {
            return Health.Condition.good("starting");
        }
        CorpusWatcher.Status status = watcher.status();
        return status.following() ? Health.Condition.good("watching")
                : new Health.Condition("lost", status.reason(), text(status.since()));
    }

    private static void addReason(List<String> reasons, Health.Condition condition, String what) {
        if (condition.reason() != null) {
            reasons.add(what + " since " + condition.since() + ": " + condition.reason());
        }
    }

    private static String lastError(Health.Condition index, Health.Condition indexing, Health.Condition watch,
                                    List<Health.Problem> problems) {
        for (Health.Condition condition : List.of(indexing, index, watch)) {
            if (condition.reason() != null) {
                return condition.reason();
            }
        }
        return problems.isEmpty() ? null : problems.getLast().message();
    }

    @Override
    public RebuildStatus requestRebuild() {
        IndexStore.WriteFault fault = store.writeFault();
        if (fault != null && fault.readOnly()) {
            throw new RebuildRefusedException("the index folder refuses writes (" + fault.reason()
                    + "); a rebuild is impossible until it can be written");
        }
        return status(queue.rebuild().snapshot());
    }

    @Override
    public Optional<RebuildStatus> rebuild(String id, Duration wait) throws InterruptedException {
        Optional<RebuildJob> job = queue.job(id);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(status(wait.isZero() ? job.get().snapshot() : job.get().awaitFinished(wait)));
    }

    @Override
    public IndexingCounters counters() {
        IndexingQueue.Counters counts = queue.counters();
        return new IndexingCounters(counts.passes(), counts.failedPasses(), counts.rebuilds(), counts.failedRebuilds(),
                watcher == null ? 0 : watcher.failures(), watcher == null ? 0 : watcher.reRegistrations());
    }

    private static RebuildStatus status(RebuildJob.Snapshot job) {
        return new RebuildStatus(job.id(), job.state().name().toLowerCase(Locale.ROOT), text(job.requestedAt()),
                text(job.startedAt()), text(job.finishedAt()), report(job.report()), job.error());
    }

    private static RebuildStatus.Report report(SyncReport report) {
        if (report == null) {
            return null;
        }
        return new RebuildStatus.Report(report.indexed(), report.deleted(), report.unchanged(),
                report.problems().stream().map(ServiceOperations::problem).toList(), report.sections(), report.tookMs());
    }

    private static Health.Problem problem(IndexingProblem problem) {
        return new Health.Problem(problem.articleId(), problem.message(), text(problem.at()));
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }
}
