package docsift.app;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What the HTTP edge may ask of the running application besides searching: its health, and full rebuilds,
 * which are queued on the one indexing thread and followed by id. Implementations are thread-safe.
 */
public interface Operations {
    /** Whether the index follows the corpus, and if not, why and since when. */
    Health health() throws IOException;

    /**
     * Queues a full rebuild (or returns the one already waiting to start).
     *
     * @throws RebuildRefusedException when no rebuild is possible, such as on a read-only index
     */
    RebuildStatus requestRebuild();

    /** A rebuild asked for since start, as it is once finished or after {@code wait}, whichever comes first. */
    Optional<RebuildStatus> rebuild(String id, Duration wait) throws InterruptedException;

    /** Totals of indexing work since start, for metrics. */
    IndexingCounters counters();

    /**
     * True while an indexing pass runs (a save, the start-up catch-up, a rebuild): work that only speeds up later
     * searches, such as the search warm-up, waits meanwhile, so a save is searchable sooner.
     */
    boolean passRunning();
}
