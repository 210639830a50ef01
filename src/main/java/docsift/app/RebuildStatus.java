package docsift.app;

import java.util.List;

/**
 * A full rebuild as {@code POST /api/reindex} and {@code GET /api/reindex/{id}} report it. Times are ISO-8601
 * strings. Immutable.
 *
 * @param id          the job's id, for {@code GET /api/reindex/{id}}
 * @param state       "queued", "running", "done" or "failed"
 * @param requestedAt when it was asked for
 * @param startedAt   when it started, or null
 * @param finishedAt  when it finished, or null
 * @param report      what it did, once done
 * @param error       why it failed, once failed
 */
public record RebuildStatus(String id, String state, String requestedAt, String startedAt, String finishedAt,
                            Report report, String error) {
    /**
     * What a finished rebuild did.
     *
     * @param indexed   ids of articles written
     * @param deleted   ids of articles removed (including files deleted while it ran)
     * @param unchanged articles skipped (always 0 for a rebuild, which re-reads every file)
     * @param problems  articles that could not be read or parsed; their previous version is kept
     * @param sections  sections written
     * @param tookMs    wall time
     */
    public record Report(List<String> indexed, List<String> deleted, int unchanged, List<Health.Problem> problems,
                         int sections, long tookMs) {
        public Report {
            indexed = List.copyOf(indexed);
            deleted = List.copyOf(deleted);
            problems = List.copyOf(problems);
        }
    }
}
