package docsift.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. Immutable.
 *
 * @param query      the query as received
 * @param total      number of hits of the requested kind that match (with all filters)
 * @param tookMs     server-side time to answer, in milliseconds
 * @param hits       the requested page of hits, best first
 * @param facets     counts by facet ("topic", "folder", "kind") and value; each facet counts with every other filter
 *                   applied but its own, so choosing a value never makes the others disappear
 * @param suggestion a corrected query when some words look misspelt, else null
 * @param timedOut   true when the search hit its time limit and the results may be partial
 */
public record SearchResponse(String query, long total, double tookMs, List<Hit> hits,
                             Map<String, Map<String, Long>> facets, String suggestion, boolean timedOut) {
    public SearchResponse {
        hits = List.copyOf(hits);
        // Facet values keep the order they were given in (by count), so no Map.copyOf here.
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
