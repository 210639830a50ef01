package docsift.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * Why an article could not be (re-)indexed; its previous version stays searchable. Immutable.
 *
 * @param articleId the article concerned
 * @param message   a one-line explanation for people
 * @param at        when it happened
 */
public record IndexingProblem(String articleId, String message, Instant at) {
    public IndexingProblem {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
