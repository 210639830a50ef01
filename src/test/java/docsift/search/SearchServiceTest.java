package docsift.search;

import docsift.index.Fields.Kind;
import docsift.index.IndexStore;
import docsift.search.spell.Suggester;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search mechanics on a tiny hand-written article: ranking basics, highlighting, facets, kinds, typos. */
class SearchServiceTest {
    @TempDir
    static Path indexDir;
    static IndexStore store;
    static Searchers searchers;
    static SearchService service;

    @BeforeAll
    static void index() throws IOException {
        store = IndexStore.open(indexDir);
        store.replaceArticle(Fixtures.tiny());
        store.commit();
        searchers = new Searchers(store.directory());
        service = new SearchService(searchers);
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
        store.close();
    }

    private static SearchResponse search(String q) throws IOException {
        return service.search(SearchRequest.of(q, 10));
    }

    private static SearchResponse search(String q, Kind kind) throws IOException {
        return service.search(new SearchRequest(q, 10, 0, null, null, null, kind));
    }

    @Test
    void headingMatchRanksFirstAndIsMarked() throws IOException {
        SearchResponse response = search("signals");
        Hit first = response.hits().getFirst();
        assertEquals("Django signals", first.heading());
        assertEquals("Django <mark>signals</mark>", first.headingHtml());
        assertTrue(first.matchedIn().contains("heading"));
        assertEquals("/articles/tiny.md#django-signals", first.url());
    }

    @Test
    void identifierInCodeIsFoundWholeAndByParts() throws IOException {
        assertEquals("select_for_update in Django", search("select_for_update").hits().getFirst().heading());
        assertEquals("select_for_update in Django", search("select for update").hits().getFirst().heading());
        Hit hit = search("Entry.objects.select_for_update").hits().getFirst();
        assertEquals("select_for_update in Django", hit.heading());
        assertNotNull(hit.code());
        assertTrue(hit.code().contains("<mark>"), hit.code());
    }

    @Test
    void codeIsShownOnlyWhenCodeMatched() throws IOException {
        Hit hit = search("middleware hooks").hits().getFirst();
        assertEquals("Django middleware", hit.heading());
        assertNull(hit.code());
        assertTrue(hit.snippet().contains("<mark>hooks</mark>"), hit.snippet());
    }

    @Test
    void corpusAndQueryTextAreEscaped() throws IOException {
        for (String q : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "hostile injected")) {
            for (Hit hit : search(q).hits()) {
                for (String html : new String[] {hit.snippet(), hit.headingHtml(), hit.code()}) {
                    if (html != null) {
                        String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
                        assertFalse(withoutMarks.contains("<"), html);
                        assertFalse(withoutMarks.contains(">"), html);
                    }
                }
            }
        }
        Hit hostile = search("hostile injected").hits().getFirst();
        assertTrue(hostile.snippet().contains("&lt;script&gt;"), hostile.snippet());
    }

    @Test
    void misspeltWordIsFoundFuzzilyAndCorrected() throws IOException {
        SearchResponse response = search("middelware");
        assertEquals("Django middleware", response.hits().getFirst().heading());
        assertEquals("middleware", response.suggestion());
        assertEquals("Decorators", search("decoratr").hits().getFirst().heading());
    }

    @Test
    void misspeltIdentifierIsCorrectedFromTheCode() throws IOException {
        SearchResponse response = search("selct_for_update");
        assertEquals("select_for_update in Django", response.hits().getFirst().heading());
        assertEquals("select_for_update", response.suggestion());
        assertNull(search("select_for_update").suggestion());
    }

    @Test
    void otherFormsOfIndexedWordsAreNotCorrected() throws IOException {
        // "wraps", "function" and "hooks" are indexed: the typed forms match through their stems.
        assertNull(search("wrap functions").suggestion());
        assertEquals("middleware hook", search("middelware hook").suggestion());
    }

    @Test
    void suggestionsKeepTheSearchsBudgetOfEdits() throws IOException {
        // "actors" is two edits from "actions": a word of its own, not a typo, at six letters.
        assertNull(search("actors").suggestion());
        assertEquals("applications", search("aplicatons").suggestion());
    }

    @Test
    void suggestionsPreferFewerEdits() {
        assertEquals(1, Suggester.edits("websokcet", "websocket"));
        assertEquals(2, Suggester.edits("relatin", "relation") + Suggester.edits("relation", "relations"));
    }

    @Test
    void fuzzyMatchesInCodeAreHighlightedToo() throws IOException {
        Hit hit = search("decoratr", Kind.CODE).hits().getFirst();
        assertEquals("Decorators", hit.heading());
        assertNotNull(hit.code());
        assertTrue(hit.code().contains("my_<mark>decorator</mark>"), hit.code());
    }

    @Test
    void useCasesAreHitsOfTheirOwnAndListedOnSections() throws IOException {
        SearchResponse useCases = search("notifications", Kind.USECASE);
        assertEquals(1, useCases.total());
        Hit item = useCases.hits().getFirst();
        assertEquals("usecase", item.kind());
        assertEquals("Django signals", item.heading());
        assertEquals("/articles/tiny.md#django-signals", item.url());
        Hit section = search("notifications").hits().getFirst();
        assertEquals(1, section.useCases().size());
        assertEquals(2, search("notifications invalidation").hits().getFirst().useCases().size());
        assertTrue(section.useCases().getFirst().contains("<mark>notifications</mark>"));
    }

    @Test
    void kindFacetCountsEveryKindAndTopicFacetFollowsTheKind() throws IOException {
        SearchResponse response = search("django");
        assertEquals(response.total(), (long) response.facets().get("kind").get("section"));
        assertEquals(3L, response.facets().get("topic").get("Django related topics"));
        SearchResponse code = search("func", Kind.CODE);
        assertEquals(1, code.total());
        assertEquals("code", code.hits().getFirst().kind());
        assertEquals("python", code.hits().getFirst().language());
    }

    @Test
    void topicFilterNarrowsHitsButKeepsOtherTopicsInTheFacet() throws IOException {
        SearchResponse filtered = service.search(new SearchRequest("framework decorator", 10, 0, null,
                "Python related topics", null, Kind.SECTION));
        assertTrue(filtered.hits().stream().allMatch(h -> h.topic().equals("Python related topics")));
        assertTrue(filtered.facets().get("topic").containsKey("Django related topics"));
    }

    @Test
    void exclusionRemovesHits() throws IOException {
        assertTrue(search("django -signals").hits().stream().noneMatch(h -> h.heading().equals("Django signals")));
    }

    @Test
    void onlyStopWordsGiveNoHitsNotAnError() throws IOException {
        assertEquals(0, search("how do I").total());
    }

    @Test
    void limitsAreEnforcedWithClearMessages() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> SearchRequest.of(" ", 10));
        assertEquals("missing_query", e.error());
        assertThrows(InvalidRequestException.class, () -> SearchRequest.of("x", 0));
        assertThrows(InvalidRequestException.class, () -> SearchRequest.of("x".repeat(1001), 10));
        InvalidRequestException tooMany = assertThrows(InvalidRequestException.class,
                () -> search(String.join(" ", java.util.Collections.nCopies(65, "word"))));
        assertEquals("query_too_complex", tooMany.error());
    }
}
