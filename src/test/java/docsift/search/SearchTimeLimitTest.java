package docsift.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.index.IndexStore;
import docsift.search.rank.RankingFeatures;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limit is the search's own: a search past it answers at once, flagged as timed out, without
 * the steps after collection; the shared searchers carry no timeout, so other searches are untouched.
 */
class SearchTimeLimitTest {
    @TempDir
    static Path indexDir;
    static IndexStore store;
    static Searchers searchers;

    @BeforeAll
    static void index() throws IOException {
        store = IndexStore.open(indexDir);
        store.replaceArticle(Fixtures.tiny());
        store.commit();
        searchers = new Searchers(store.directory());
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
        store.close();
    }

    @Test
    void aSearchPastItsLimitIsAnsweredAsTimedOut() throws IOException {
        SearchService expired = new SearchService(searchers, RankingFeatures.ALL, Duration.ZERO);
        SearchResponse response = expired.search(SearchRequest.of("decorators* django prefetch_related", 10));
        assertTrue(response.timedOut());
        assertNull(response.suggestion());
        response.hits().forEach(hit -> assertNull(hit.snippet(), "no time was left to highlight " + hit.id()));
    }

    @Test
    void otherSearchesKeepTheirOwnTime() throws IOException {
        new SearchService(searchers, RankingFeatures.ALL, Duration.ZERO).search(SearchRequest.of("django", 10));
        SearchResponse normal = new SearchService(searchers).search(SearchRequest.of("django", 10));
        assertFalse(normal.timedOut());
        assertFalse(normal.hits().isEmpty());
        IndexSearcher shared = searchers.acquire();
        try {
            assertNull(shared.getTimeout(), "no timeout installed on the shared searcher");
        } finally {
            searchers.release(shared);
        }
    }
}
