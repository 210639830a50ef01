package docsift.corpus;

import java.util.List;

/**
 * What one indexing pass did. Immutable.
 *
 * @param indexed   ids of articles whose documents were written
 * @param deleted   ids of articles removed from the index
 * @param unchanged number of articles skipped because their content hash was already indexed
 * @param problems  articles that could not be read or parsed (their previous version is kept)
 * @param sections  number of sections written
 * @param tookMs    wall time of the pass
 */
public record SyncReport(List<String> indexed, List<String> deleted, int unchanged,
                         List<IndexingProblem> problems, int sections, long tookMs) {
    public SyncReport {
        indexed = List.copyOf(indexed);
        deleted = List.copyOf(deleted);
        problems = List.copyOf(problems);
    }

    /** True when the pass wrote anything to the index. */
    public boolean changedIndex() {
        return !indexed.isEmpty() || !deleted.isEmpty();
    }
}
