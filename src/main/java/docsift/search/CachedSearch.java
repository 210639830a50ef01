package docsift.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A query-result cache in front of {@link SearchService}, like Solr's queryResultCache or Elasticsearch's
 * request cache: the same request against the same view of the index gets the same answer, so it is
 * answered from memory. Entries remember the index generation they were computed on and are ignored once
 * the index changes, so a cached answer is never staler than a fresh search would be. Bounded (least
 * recently used entries go first); timed-out answers are never cached. Thread-safe.
 */
public final class CachedSearch {
    private final SearchService service;
    private final Searchers searchers;
    private final int capacity;
    private final Map<SearchRequest, Remembered> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    private record Remembered(long generation, SearchResponse response) {
    }

    /**
     * @param capacity how many answers to keep; 0 turns the cache off
     */
    public CachedSearch(SearchService service, Searchers searchers, int capacity) {
        this.service = service;
        this.searchers = searchers;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, Remembered> eldest) {
                return size() > CachedSearch.this.capacity;
            }
        };
    }

    /** The answer to {@code request}, from the cache when the index has not changed since it was computed. */
    public SearchResponse search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        long generation = searchers.generation();
        Remembered cached = capacity == 0 ? null : get(request);
        if (cached != null && cached.generation() == generation) {
            hits.increment();
            SearchResponse response = cached.response();
            return new SearchResponse(response.query(), response.total(), SearchService.millisSince(start),
                    response.hits(), response.facets(), response.suggestion(), false);
        }
        misses.increment();
        SearchResponse response = service.search(request);
        if (capacity > 0 && !response.timedOut()) {
            put(request, new Remembered(generation, response));
        }
        return response;
    }

    /** Requests answered from the cache so far. */
    public long hits() {
        return hits.sum();
    }

    /** Requests that had to be searched so far. */
    public long misses() {
        return misses.sum();
    }

    private synchronized Remembered get(SearchRequest request) {
        return entries.get(request);
    }

    private synchronized void put(SearchRequest request, Remembered entry) {
        entries.put(request, entry);
    }
}
