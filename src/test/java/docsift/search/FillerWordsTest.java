package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Filler words of a question are not searched in code, where they are Python keywords: "someone else" must
 * not mark every {@code else:} of a code block, nor rank a section for it. Contractions are no words either.
 */
class FillerWordsTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("models.md", """
            ## Reloading objects

            Call `refresh_from_db()` to reload a model instance after another process changed its row.

            ## Branching

            Choose one of two paths:

            ```python
            if order.paid:
                ship(order)
            else:
                remind(order)
            ```
            """);

    @Test
    void someoneElseIsNotTheElseKeyword() throws IOException {
        List<Hit> hits = index.hits(RankingFeatures.ALL, "how do I reload an object after someone else changed its row");
        assertEquals("Reloading objects", hits.getFirst().heading());
        assertFalse(hits.stream().anyMatch(hit -> hit.heading().equals("Branching")), hits.toString());
    }

    @Test
    void contractionsWithOrWithoutTheirApostropheAreNoWordsAndNoTypos() throws IOException {
        // "doesnt" was "corrected" to "doesn't", which in turn counted as a word the index lacks, so that the
        // right section covered a third of the query and was flagged weak.
        for (String q : List.of("why doesnt my object reload its row", "why doesn't my object reload its row",
                "why doesn\u2019t my object reload its row")) {
            SearchResponse answer = index.search(q);
            Hit first = answer.hits().getFirst();
            assertEquals("Reloading objects", first.heading(), q);
            assertFalse(first.weak(), q);
            assertNull(answer.suggestion(), q);
            assertEquals(index.search("object reload row").hits().getFirst().score(), first.score(), 1e-6, q);
        }
    }

    @Test
    void aKeywordAloneIsStillFoundInCode() throws IOException {
        assertEquals(List.of("Branching"), index.headings(RankingFeatures.ALL, "else"));
    }
}
