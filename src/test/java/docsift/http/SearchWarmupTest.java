package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.search.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's searches: one ordinary, then one of each expensive shape, made of the corpus's words. */
class SearchWarmupTest {
    private static final List<String> WORDS = List.of("transaction", "isolation", "replication", "changefeed",
            "backup", "restore", "schema", "index");

    @Test
    void oneOrdinarySearchThenEveryExpensiveShape() {
        List<SearchRequest> requests = SearchWarmup.requests(WORDS);
        assertEquals("transaction isolation replication", requests.get(0).query());
        assertFalse(SearchAdmission.expensive(requests.get(0)));
        assertEquals(5, requests.size());
        requests.subList(1, requests.size()).forEach(r -> assertTrue(SearchAdmission.expensive(r), r.query()));
        assertTrue(requests.get(2).query().startsWith("tra* iso* rep* cha*"), requests.get(2).query());
        assertTrue(requests.get(3).query().startsWith("tarnsaction ioslation"), requests.get(3).query());
        assertEquals(SearchRequest.MAX_OFFSET - SearchRequest.MAX_LIMIT, requests.get(4).offset());
    }

    @Test
    void aCorpusOfFewerThanFourHeadingWordsIsNotWarmed() {
        assertEquals(List.of(), SearchWarmup.requests(List.of("one", "two", "three")));
    }
}
