package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.Article;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Words typed apart find the identifier they join into: "call next" is {@code call_next}. */
class JoinedIdentifierTest {
    private static final String ID = "joined.md";

    @RegisterExtension
    static final SearchFixture index = SearchFixture.of(() -> List.of(new Article(ID, "Joined", "hash", List.of(
            Fixtures.section(ID, "request-hooks", 2, "Request hooks", List.of(), "Request hooks",
                    "Each hook may call the next hook in line, or stop the request there.", List.of(), List.of()),
            Fixtures.section(ID, "security-headers", 2, "Security headers", List.of(), "Security headers",
                    "A middleware adds headers to every response.",
                    List.of(Fixtures.python("async def add_headers(request, call_next):\n"
                            + "    response = await call_next(request)\n    return response")), List.of()),
            Fixtures.section(ID, "models", 2, "Models", List.of(), "Models",
                    "Validation lives on the model class.",
                    List.of(Fixtures.python("class Item(BaseModel):\n    name: str")), List.of())))));

    private static List<Hit> hits(RankingFeatures features, String q) throws IOException {
        return index.hits(features, q);
    }

    @Test
    void wordsTypedApartRankTheIdentifierFirst() throws IOException {
        Hit first = hits(RankingFeatures.ALL, "call next").getFirst();
        assertEquals("Security headers", first.heading());
        assertFalse(first.weak(), "the identifier covers both words in full");
        assertTrue(first.code().contains("<mark>call_next</mark>"), first.code());
        assertEquals("Models", hits(RankingFeatures.ALL, "base model").getFirst().heading());
    }

    @Test
    void withoutJoiningTheWordsInProseWin() throws IOException {
        assertEquals("Request hooks", hits(RankingFeatures.ALL.withoutIdentifiers(), "call next").getFirst().heading());
    }
}
