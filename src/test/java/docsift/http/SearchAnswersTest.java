package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.index.IndexStore;
import docsift.markdown.Article;
import docsift.markdown.Section;
import docsift.search.SearchRequest;
import docsift.search.SearchResponse;
import docsift.search.SearchService;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /search answer cache: repeats come from memory, a changed index is never answered from it. */
class SearchAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Article article(String id, String heading, String prose) {
        return new Article(id, id, "hash-" + prose.hashCode(), List.of(new Section(id, "a", 2, heading, List.of(),
                heading, prose, List.of(), List.of(), List.of(), 0, "## " + heading, 1, 1)));
    }

    private static JsonNode json(byte[] body) throws IOException {
        return JSON.readTree(body);
    }

    @Test
    void repeatsAreServedFromMemoryUntilTheIndexChanges() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "Signals", "Django signals notify receivers."));
            store.commit();
            try (Searchers searchers = new Searchers(store.directory())) {
                SearchAnswers answers = new SearchAnswers(new SearchService(searchers), 16);
                SearchRequest zebra = SearchRequest.of("zebrafinch", 10);
                assertEquals(0, json(answers.answer(zebra)).get("total").asInt());
                JsonNode repeat = json(answers.answer(zebra));
                assertEquals(0, repeat.get("total").asInt());
                assertTrue(repeat.get("tookMs").asDouble() >= 0, repeat.toString());
                assertEquals(1, answers.hits());

                store.replaceArticle(article("z.md", "Zebrafinch", "A zebrafinch sings."));
                store.commit();
                searchers.refresh();
                assertEquals(1, json(answers.answer(zebra)).get("total").asInt(), "no stale answer after a change");
                assertEquals(2, answers.misses());
            }
        }
    }

    @Test
    void cachedAnswersAreTheSameJsonAsFreshOnes() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "Signals \"quoted\" <b>", "Django \"tookMs\": signals notify."));
            store.commit();
            try (Searchers searchers = new Searchers(store.directory())) {
                SearchAnswers cached = new SearchAnswers(new SearchService(searchers), 16);
                SearchAnswers uncached = new SearchAnswers(new SearchService(searchers), 0);
                SearchRequest request = SearchRequest.of("\"tookMs\": signals", 10);
                cached.answer(request);
                JsonNode fromCache = json(cached.answer(request));
                JsonNode fresh = json(uncached.answer(request));
                ((com.fasterxml.jackson.databind.node.ObjectNode) fromCache).remove("tookMs");
                ((com.fasterxml.jackson.databind.node.ObjectNode) fresh).remove("tookMs");
                assertEquals(fresh, fromCache);
                assertEquals(1, cached.hits());
                assertEquals(0, uncached.hits());
            }
        }
    }

    @Test
    void anAnswerKeptWithoutItsTimeIsByteForByteTheJsonOfTheResponse() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "Signals \"quoted\" <b>", "Django \"tookMs\": signals notify é."));
            store.commit();
            try (Searchers searchers = new Searchers(store.directory())) {
                SearchResponse response = new SearchService(searchers).search(SearchRequest.of("signals notfy", 10));
                SearchResponse timed = new SearchResponse(response.query(), response.total(), 12.34, response.hits(),
                        response.facets(), response.suggestion(), response.timedOut());
                assertEquals(new String(Json.bytes(timed), StandardCharsets.UTF_8),
                        new String(AnswerJson.of(response).took(12.34), StandardCharsets.UTF_8));
            }
        }
    }
}
