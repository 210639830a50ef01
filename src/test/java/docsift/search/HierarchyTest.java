package docsift.search;

import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A subsection must match better than a broader section to outrank it. On the real article, "rate limiting" is
 * a use case of Django middleware (a section under "Django related topics") and, in as many words, of a
 * four-line list nested one level deeper under "Decorators in FastAPI"; the broader section is the answer.
 */
class HierarchyTest {
    private static final Path ARTICLE = Path.of("corpus/advanced-topics.md");

    @RegisterExtension
    static final SearchFixture article = SearchFixture.ofFile(ARTICLE);
    @RegisterExtension
    static final SearchFixture fixture = SearchFixture.ofMarkdown("caching.md", """
            ## Caching

            Caching keeps the result of slow work, so the next request for it is answered at once.

            ## Views

            Views turn requests into responses.

            ### Caching a whole view

            Wrap the view in a decorator and caching keeps each response of the whole view for a while.
            """);

    private static String first(SearchFixture index, RankingFeatures features, String q) throws IOException {
        return index.hits(features, q).getFirst().heading();
    }

    @Test
    void theBroaderSectionWinsWhenBothMatchAlike() throws IOException {
        assertEquals("Django middleware", first(article, RankingFeatures.ALL, "rate limiting"));
        assertEquals("Real-World Use Cases of decorators:",
                first(article, RankingFeatures.ALL.without(RankingFeature.HIERARCHY), "rate limiting"));
    }

    @Test
    void aSubsectionThatMatchesClearlyBetterStillWins() throws IOException {
        assertEquals("Caching", first(fixture, RankingFeatures.ALL, "caching"));
        assertEquals("Caching a whole view", first(fixture, RankingFeatures.ALL, "caching a whole view"));
        assertEquals("Caching a whole view", first(fixture, RankingFeatures.ALL, "cache the response of a view"));
    }
}
