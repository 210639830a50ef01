package docsift.analytics;

import java.time.Instant;

/**
 * One search as analytics keep it: when, the normalised query and how many hits it had. Immutable.
 *
 * @param hits total hits of the search (0: nothing found)
 */
public record SearchEvent(Instant at, String query, long hits) {
    public SearchEvent {
        query = Queries.normalise(query);
        if (hits < 0) {
            throw new IllegalArgumentException("hits must be 0 or more");
        }
    }
}
