package docsift.http;

import java.util.List;

/**
 * What {@code GET /health} reports. Immutable.
 *
 * @param status      "ok", or "degraded" when some article could not be indexed
 * @param documents   searchable documents (sections, code blocks, use cases)
 * @param articles    indexed articles
 * @param lastIndexed time of the last index commit (ISO-8601), or null
 * @param lastError   the most recent indexing problem, or null
 * @param problems    every current indexing problem
 * @param notices     things start-up had to repair, such as an unreadable index rebuilt from the corpus
 * @param watchFailures failed watcher passes since start (each is logged; the next pass re-checks the
 *                    whole corpus, so a failure delays a change rather than losing it)
 */
public record HealthView(String status, int documents, int articles, String lastIndexed, String lastError,
                         List<ProblemView> problems, List<String> notices, long watchFailures) {
    public HealthView {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** One article that is not (re-)indexed, and why. */
    public record ProblemView(String article, String message, String at) {
    }
}
