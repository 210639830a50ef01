package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as you type: a last word the index does not know, with no space after it yet, is completed to the
 * words it begins, in prose and in code, below any exact match; a finished word is not.
 */
class CompletionTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("web.md", """
            ## Middleware

            Middleware wraps every request of the application.

            ## Locking rows

            ```python
            Book.objects.select_for_update().get(pk=1)
            ```

            ## Signing cookies

            Signed cookies detect tampering. A significant share of sites sign them.
            """);

    @Test
    void aWordBeingTypedIsCompletedInProseAndCode() throws IOException {
        assertEquals("Middleware", index.headings(RankingFeatures.ALL, "middlew").getFirst());
        Hit locking = index.hits(RankingFeatures.ALL, "select_for_up").getFirst();
        assertEquals("Locking rows", locking.heading());
        assertTrue(locking.code().contains("<mark>select_for_update</mark>"), locking.code());
    }

    @Test
    void aFinishedWordIsNotCompleted() throws IOException {
        assertEquals(List.of(), index.headings(RankingFeatures.ALL, "middlew "));
        assertEquals(List.of(), index.headings(RankingFeatures.ALL, "middlew -tampering"));
    }

    @Test
    void oneOrTwoLettersCompleteAgainstHeadingWords() throws IOException {
        assertEquals("Middleware", index.headings(RankingFeatures.ALL, "mi").getFirst());
        assertEquals("Middleware", index.headings(RankingFeatures.ALL, "m").getFirst());
        assertEquals(List.of(), index.headings(RankingFeatures.ALL, "mi "), "a finished word is not completed");
    }

    @Test
    void aCompletionNeverOutranksTheWordItself() throws IOException {
        // "sign" is a word of the index: it is searched as typed, not as the start of "significant".
        List<Hit> hits = index.hits(RankingFeatures.ALL, "cookies sign");
        assertEquals("Signing cookies", hits.getFirst().heading());
        assertFalse(hits.getFirst().snippet().contains("<mark>significant</mark>"), hits.getFirst().snippet());
    }
}
