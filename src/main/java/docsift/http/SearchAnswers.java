package docsift.http;

import docsift.search.SearchRequest;
import docsift.search.SearchResponse;
import docsift.search.SearchService;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JSON answers of {@code /search}, with a query-result cache like Solr's queryResultCache: the same
 * request against the same view of the index gets the same answer, so it is kept already serialised
 * ({@link AnswerJson}) and only {@code tookMs} is written anew. Each entry remembers the index generation it
 * was computed on and is ignored once the index changes, so a cached answer is never staler than a fresh
 * search. Bounded (least recently used go first); timed-out answers are not kept. Thread-safe.
 */
final class SearchAnswers {
    /** An answer, the index generation it was computed on, and its total hits (for search analytics). */
    private record Answer(long generation, AnswerJson json, long total) {
    }

    /** An answer as sent, and the total hits it reports. */
    record Answered(byte[] json, long total) {
    }

    private final SearchService service;
    private final int capacity;
    private final Map<SearchRequest, Answer> answers;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /**
     * @param capacity how many answers to keep; 0 turns the cache off
     */
    SearchAnswers(SearchService service, int capacity) {
        this.service = service;
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, Answer> eldest) {
                return size() > SearchAnswers.this.capacity;
            }
        };
    }

    /** The UTF-8 JSON answer to {@code request}. */
    byte[] answer(SearchRequest request) throws IOException {
        return answered(request).json();
    }

    /** The UTF-8 JSON answer to {@code request} with its total hits. */
    Answered answered(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        long generation = service.generation();
        Answer answer = capacity == 0 ? null : get(request);
        if (answer != null && answer.generation() == generation) {
            hits.increment();
        } else {
            misses.increment();
            SearchResponse response = service.search(request);
            answer = new Answer(generation, AnswerJson.of(response), response.total());
            if (capacity > 0 && !response.timedOut()) {
                put(request, answer);
            }
        }
        return new Answered(answer.json().took(Math.round((System.nanoTime() - start) / 10_000.0) / 100.0),
                answer.total());
    }

    /** Requests answered from the cache so far. */
    long hits() {
        return hits.sum();
    }

    /** Requests that had to be searched so far. */
    long misses() {
        return misses.sum();
    }

    private synchronized Answer get(SearchRequest request) {
        return answers.get(request);
    }

    private synchronized void put(SearchRequest request, Answer answer) {
        answers.put(request, answer);
    }
}
