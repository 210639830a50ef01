package docsift.search;

import docsift.eval.CorpusArticles;
import docsift.index.HeadingWords;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A query that says a section's whole heading asks for that section, over sections that repeat its words; on
 * the CockroachDB sample, where "When are rows deleted?" sits below the Row-Level TTL page that says
 * "deleted" and "expired" throughout.
 */
class WholeHeadingTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpora/cockroachdb-sample/v25.4");
    private static final String QUESTION = "when are expired rows actually removed";

    @RegisterExtension
    static final SearchFixture index = SearchFixture.of(() -> CorpusArticles.read(CORPUS));

    private static String first(RankingFeatures features, String q) throws IOException {
        return index.hits(features, q).getFirst().heading();
    }

    @Test
    void theSectionWhoseHeadingTheQuerySaysComesFirst() throws IOException {
        // "removed" says "deleted" in other words; "actually" is not in the heading and needs not be.
        assertEquals("When are rows deleted?", first(RankingFeatures.ALL, QUESTION));
        assertEquals("Batch Delete Expired Data with Row-Level TTL",
                first(RankingFeatures.ALL.without(RankingFeature.WHOLE_HEADINGS), QUESTION));
    }

    @Test
    void everyWordOfTheHeadingMustBeCovered() {
        try (HeadingWords headings = new HeadingWords()) {
            assertEquals("rows|row deleted|delet", headings.encode("When are rows deleted?"));
            assertTrue(HeadingWords.allAmong(headings.encode("When are rows deleted?"), Set.of("row", "rows", "delet")));
            assertFalse(HeadingWords.allAmong(headings.encode("When are rows deleted?"), Set.of("row", "rows")));
            assertFalse(HeadingWords.allAmong(headings.encode("Batch Delete Expired Data with Row-Level TTL"),
                    Set.of("row", "delet", "expir")));
            assertFalse(HeadingWords.allAmong(headings.encode("?"), Set.of("row")));
        }
    }
}
