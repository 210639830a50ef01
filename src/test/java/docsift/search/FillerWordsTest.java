package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Filler words of a question are not searched in code, where they are Python keywords: "someone else" must
 * not mark every {@code else:} of a code block, nor rank a section for it.
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
    void aKeywordAloneIsStillFoundInCode() throws IOException {
        assertEquals(List.of("Branching"), index.headings(RankingFeatures.ALL, "else"));
    }
}
