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
 */
public record HealthView(String status, int documents, int articles, String lastIndexed, String lastError,
                         List<ProblemView> problems) {
    public HealthView {
        problems = List.copyOf(problems);
    }

    /** One article that is not (re-)indexed, and why. */
    public record ProblemView(String article, String message, String at) {
    }
}
