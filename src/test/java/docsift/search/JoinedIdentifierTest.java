package docsift.search;

import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words typed apart find the identifier they join into: "call next" is {@code call_next}. */
class JoinedIdentifierTest {
    private static final String ID = "joined.md";

    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofSections(ID, "Joined",
            Fixtures.topLevel(ID, "request-hooks", "Request hooks",
                    "Each hook may call the next hook in line, or stop the request there."),
            Fixtures.topLevel(ID, "security-headers", "Security headers",
                    "A middleware adds headers to every response.",
                    Fixtures.python("async def add_headers(request, call_next):\n"
                            + "    response = await call_next(request)\n    return response")),
            Fixtures.topLevel(ID, "models", "Models",
                    "Validation lives on the model class.",
                    Fixtures.python("class Item(BaseModel):\n    name: str")));

    @Test
    void wordsTypedApartRankTheIdentifierFirst() throws IOException {
        Hit first = index.hits(RankingFeatures.ALL, "call next").getFirst();
        assertEquals("Security headers", first.heading());
        assertFalse(first.weak(), "the identifier covers both words in full");
        assertTrue(first.code().contains("<mark>call_next</mark>"), first.code());
        assertEquals("Models", index.hits(RankingFeatures.ALL, "base model").getFirst().heading());
    }

    @Test
    void withoutJoiningTheWordsInProseWin() throws IOException {
        assertEquals("Request hooks", index.hits(RankingFeatures.ALL.without(RankingFeature.IDENTIFIERS), "call next").getFirst().heading());
    }
}
