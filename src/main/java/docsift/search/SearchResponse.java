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
 * @param pages      when grouped by page, the number of pages the hits are on; else null
 * @param groups     when grouped by page, the requested page of pages, each naming how many of {@code hits} are
 *                   its sections; else null
 */
public record SearchResponse(String query, long total, double tookMs, List<Hit> hits,
                             Map<String, Map<String, Long>> facets, String suggestion, boolean timedOut,
                             Long pages, List<PageGroup> groups) {
    /** An answer listing sections, not grouped. */
    public SearchResponse(String query, long total, double tookMs, List<Hit> hits,
                          Map<String, Map<String, Long>> facets, String suggestion, boolean timedOut) {
        this(query, total, tookMs, hits, facets, suggestion, timedOut, null, null);
    }

    public SearchResponse {
        hits = List.copyOf(hits);
        groups = groups == null ? null : List.copyOf(groups);
        // Facet values keep the order they were given in (by count), so no Map.copyOf here.
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
