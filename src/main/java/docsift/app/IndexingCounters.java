package docsift.app;

/**
 * Totals of indexing work since the server started, for metrics. Immutable.
 *
 * @param passes          indexing passes that succeeded (watcher batches, catch-ups, rebuilds, retries)
 * @param failedPasses    passes that failed; each was logged and retried
 * @param rebuilds        full rebuilds finished
 * @param failedRebuilds  full rebuilds that failed
 * @param watchFailures   times the watcher could not follow events (each led to a catch-up)
 * @param watchRecoveries times the corpus folder was found replaced or back and watched anew
 */
public record IndexingCounters(long passes, long failedPasses, long rebuilds, long failedRebuilds,
                               long watchFailures, long watchRecoveries) {
}
