package docsift.app;

import docsift.replica.ReplicaStatus;
import java.util.List;

/**
 * What {@code GET /health} reports. Immutable.
 *
 * @param status        "ok", or "degraded" when the index does not fully follow the corpus
 * @param reasons       why it is degraded, one sentence each; empty when ok
 * @param documents     searchable documents (sections, code blocks, use cases)
 * @param articles      indexed articles
 * @param lastIndexed   time of the last index commit (ISO-8601), or null
 * @param lastError     the most pressing current failure (writes, watch, then the latest article problem), or null
 * @param problems      every article that could not be (re-)indexed
 * @param notices       things start-up had to repair, such as an unreadable index rebuilt from the corpus
 * @param watchFailures times since start the watcher could not follow events (each led to a catch-up)
 * @param index         whether the index can be written: "writable", "read-only" (the folder refuses writes:
 *                      searches answer from the last commit, re-indexing is impossible) or "unavailable"
 * @param indexing      whether indexing passes succeed: "ok", "catching-up" (the start-up catch-up runs: answers
 *                      come from the last commit; {@code since} says when it began) or "failing" (retried with a
 *                      backoff)
 * @param watch         whether changes of the corpus folder are followed: "watching", "starting" (its folders are
 *                      being registered at start-up), "lost" or "off"
 * @param replication   on a read replica, the version it serves, the primary's latest and the lag; null on
 *                      the server that indexes
 */
public record Health(String status, List<String> reasons, int documents, int articles, String lastIndexed,
                     String lastError, List<Problem> problems, List<String> notices, long watchFailures,
                     Condition index, Condition indexing, Condition watch, ReplicaStatus replication) {
    public Health {
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** The health of the server that indexes (not a replica). */
    public Health(String status, List<String> reasons, int documents, int articles, String lastIndexed,
                  String lastError, List<Problem> problems, List<String> notices, long watchFailures,
                  Condition index, Condition indexing, Condition watch) {
        this(status, reasons, documents, articles, lastIndexed, lastError, problems, notices, watchFailures, index,
                indexing, watch, null);
    }

    /**
     * One part's state, and when it is not the good one, why and since when.
     *
     * @param state  a word, such as "writable" or "failing"
     * @param reason why, or null when all is well
     * @param since  since when (ISO-8601), or null when all is well
     */
    public record Condition(String state, String reason, String since) {
        static Condition good(String state) {
            return new Condition(state, null, null);
        }
    }

    /** One article that is not (re-)indexed, why, and when that was found (ISO-8601). */
    public record Problem(String article, String message, String at) {
    }
}
