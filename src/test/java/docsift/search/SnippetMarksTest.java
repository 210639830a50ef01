package docsift.search;

import docsift.search.highlight.Snippets;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snippets mark the words the reader typed, and whole phrases only when the reader quoted them. */
class SnippetMarksTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("locks.md", """
            ## Row locks

            The query places a lock on the selected rows until the transaction ends.
            """);

    private static String snippet(String q) throws IOException {
        return index.hits(RankingFeatures.ALL, q).getFirst().snippet();
    }

    @Test
    void wordsNearEachOtherAreMarkedOneByOne() throws IOException {
        // The proximity bonus matches "lock ... rows" as a sloppy phrase; "on the selected" was not asked for.
        String snippet = snippet("lock rows");
        assertTrue(snippet.contains("<mark>lock</mark> on the selected <mark>rows</mark>"), snippet);
    }

    @Test
    void aQuotedPhraseIsMarkedWhole() throws IOException {
        String snippet = snippet("\"selected rows\"");
        assertTrue(snippet.contains("<mark>selected rows</mark>"), snippet);
    }
}
