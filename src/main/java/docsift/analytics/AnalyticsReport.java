package docsift.analytics;

import java.util.List;

/**
 * What readers searched for over a period. Immutable.
 *
 * @param since          start of the period (ISO-8601)
 * @param until          end of the period (ISO-8601)
 * @param searches       searches recorded in it (after search-as-you-type prefixes were folded away)
 * @param clicks         hits opened in it
 * @param topQueries     the most frequent queries
 * @param noResults      the most frequent queries that found nothing
 * @param noClicks       the most frequent queries that found something but of which no hit was opened
 * @param clickPositions how often the hit at each position (1 = first) was opened
 */
public record AnalyticsReport(String since, String until, long searches, long clicks, List<QueryCount> topQueries,
                              List<QueryCount> noResults, List<QueryCount> noClicks,
                              List<PositionCount> clickPositions) {
    public AnalyticsReport {
        topQueries = List.copyOf(topQueries);
        noResults = List.copyOf(noResults);
        noClicks = List.copyOf(noClicks);
        clickPositions = List.copyOf(clickPositions);
    }

    /** A query, how often it was searched in the period, and its most recent number of hits. */
    public record QueryCount(String query, long searches, long hits) {
    }

    /** A position in the hit list and how often the hit there was opened. */
    public record PositionCount(int position, long clicks) {
    }
}
