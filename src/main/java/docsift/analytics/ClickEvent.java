package docsift.analytics;

import java.time.Instant;

/**
 * A reader opened a hit: when, for which normalised query, at which position (1 = first) and which hit (its
 * section or article id). Immutable.
 */
public record ClickEvent(Instant at, String query, int position, String hit) {
    /** Highest position accepted: a page shows at most 100 hits, and later pages continue the count. */
    public static final int MAX_POSITION = 1000;
    /** Longest hit id kept. */
    public static final int MAX_HIT_LENGTH = 300;

    public ClickEvent {
        query = Queries.normalise(query);
        if (query.isEmpty()) {
            throw new IllegalArgumentException("query must not be empty");
        }
        if (position < 1 || position > MAX_POSITION) {
            throw new IllegalArgumentException("position must be between 1 and " + MAX_POSITION);
        }
        if (hit == null || hit.isBlank() || hit.length() > MAX_HIT_LENGTH) {
            throw new IllegalArgumentException("hit must be an id of 1 to " + MAX_HIT_LENGTH + " characters");
        }
    }
}
