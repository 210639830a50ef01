package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Fragments of several identifiers, typed as one word or quoted, match the code and prose they were copied
 * from: the index puts each identifier's word parts after it, and queries must count those positions too.
 */
class CodeFragmentTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("models.md", """
            ## Foreign keys

            Use select_for_update to lock the rows you are about to change.

            ```python
            class Book(models.Model):
                author = models.ForeignKey(User, on_delete=models.CASCADE)
            ```

            ## Unrelated

            Deleting a model cascades to nothing here.
            """);

    private static List<String> headings(String q) throws IOException {
        return index.headings(RankingFeatures.ALL, q);
    }

    @Test
    void identifiersTypedAsOneWordMatchTheirCode() throws IOException {
        assertEquals(List.of("Foreign keys"), headings("on_delete=models.CASCADE"));
    }

    @Test
    void aQuotedLineOfCodeMatchesTheLine() throws IOException {
        assertEquals(List.of("Foreign keys"), headings("\"author = models.ForeignKey(User, on_delete=models.CASCADE)\""));
    }

    @Test
    void aQuotedPhraseWithAnIdentifierMatchesTheProse() throws IOException {
        assertEquals(List.of("Foreign keys"), headings("\"select_for_update to lock the rows\""));
    }

    @Test
    void theWordsOfAFragmentInAnotherOrderAreNoPhrase() throws IOException {
        assertFalse(headings("\"models.CASCADE on_delete\"").contains("Foreign keys"));
    }
}
