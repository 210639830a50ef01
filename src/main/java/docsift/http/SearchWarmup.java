package docsift.http;

import docsift.search.Catalog;
import docsift.search.SearchRequest;
import docsift.search.SearchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches once started, in the background, every shape of search a flood of expensive queries brings (many
 * words, many prefixes, many misspelt words, a deep page) and an ordinary one, made of the corpus's own
 * heading words, as Solr's {@code firstSearcher} warming queries do. Why: on a freshly started server the JVM
 * compiles those paths when they first come; at the start of a flood (bench/flood.sh on cockroachdb-docs) its
 * compiler threads took about half of both cores for a second or two, and an ordinary search sent then took
 * 1.3-1.5 s instead of 0.26 s; after a flood, the same probe took 0.34 s. The searches run one at a time on
 * the expensive lane of admission control, so they take at most its share of the cores and yield to real
 * searches; none is cached, counted or recorded. While an indexing pass runs (a save, the start-up catch-up)
 * the next search waits for it to end: the first save after a start was queued behind the warm-up's cold
 * searches (README, "Start-up and freshness (round 13)"). Owns its thread; thread-safe.
 */
final class SearchWarmup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmup.class);
    /** Each shape this many times: the first compiles, the next ones reach the compiler's second tier. */
    private static final int ROUNDS = 3;
    /** Heading words to build the searches from: enough for the 60-word shape without much repetition. */
    private static final int WORDS = 60;
    /** How often a warm-up waiting for an indexing pass looks again: a pass takes tens of milliseconds or more. */
    private static final long INDEXING_POLL_MILLIS = 5;

    private final Catalog catalog;
    private final SearchService search;
    private final SearchAdmission admission;
    private final BooleanSupplier indexing;
    private final Thread thread;
    private volatile boolean closed;

    /** @param indexing true while an indexing pass runs, which the warm-up then waits for */
    SearchWarmup(Catalog catalog, SearchService search, SearchAdmission admission, BooleanSupplier indexing) {
        this.catalog = catalog;
        this.search = search;
        this.admission = admission;
        this.indexing = indexing;
        this.thread = Thread.ofPlatform().daemon().name("docsift-search-warmup").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void run() {
        long start = System.nanoTime();
        try {
            List<SearchRequest> requests = requests(catalog.frequentHeadingWords(WORDS));
            int searched = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (SearchRequest request : requests) {
                    awaitNoIndexing();
                    if (closed) {
                        return;
                    }
                    searched += warm(request) ? 1 : 0;
                }
            }
            LOG.info("Search warmed up: {} searches in {} ms", searched, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            // An index closed or replaced meanwhile: warming is an optimisation, never a failure.
            LOG.debug("Search warm-up stopped", e);
        }
    }

    /** Waits while an indexing pass runs (or until closed). */
    private void awaitNoIndexing() throws InterruptedException {
        while (indexing.getAsBoolean() && !closed) {
            Thread.sleep(INDEXING_POLL_MILLIS);
        }
    }

    /** One search on the expensive lane; false when refused (the lane is busy with real searches). */
    private boolean warm(SearchRequest request) throws InterruptedException {
        try {
            admission.park(() -> search.search(request)).get();
            return true;
        } catch (OverloadedException busy) {
            return false;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof OverloadedException) {
                return false;
            }
            throw new IllegalStateException("a warm-up search failed", failed.getCause());
        }
    }

    /**
     * The searches, from the corpus's heading words: none when it has fewer than four (a corpus that small
     * is fast however it is searched).
     */
    static List<SearchRequest> requests(List<String> words) {
        if (words.size() < 4) {
            return List.of();
        }
        List<SearchRequest> requests = new ArrayList<>();
        requests.add(request(words(words, 0, 3, w -> w), 0));
        requests.add(request(words(words, 0, 60, w -> w), 0));
        requests.add(request(words(words, 0, 16, w -> w.substring(0, 3) + "*"), 0));
        requests.add(request(words(words, 0, 15, SearchWarmup::misspelt), 0));
        requests.add(request(words(words, 1, 3, w -> w), SearchRequest.MAX_OFFSET - SearchRequest.MAX_LIMIT));
        return requests;
    }

    /** {@code count} of the words from {@code first} on (round and round), each mapped, space-separated. */
    private static String words(List<String> words, int first, int count,
                                java.util.function.UnaryOperator<String> form) {
        return IntStream.range(first, first + count).mapToObj(i -> form.apply(words.get(i % words.size())))
                .collect(Collectors.joining(" "));
    }

    /** The word with its second and third letters swapped (heading words have four letters or more). */
    static String misspelt(String word) {
        return word.charAt(0) + "" + word.charAt(2) + word.charAt(1) + word.substring(3);
    }

    private static SearchRequest request(String query, int offset) {
        return new SearchRequest(query, SearchRequest.MAX_LIMIT, offset, null, null, null, null, null, null, true);
    }
}
