package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filler words of a question are not searched in code, where they are Python keywords: "someone else" must
 * not mark every {@code else:} of a code block, nor rank a section for it.
 */
class FillerWordsTest {
    @TempDir
    static Path indexDir;
    static SearchFixture index;

    @BeforeAll
    static void index() throws IOException {
        index = SearchFixture.ofMarkdown(indexDir, "models.md", """
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
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

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
