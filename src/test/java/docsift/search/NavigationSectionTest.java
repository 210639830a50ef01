package docsift.search;

import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A section that is nothing but links ("See also") points at answers: the section that gives one ranks first. */
class NavigationSectionTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("aost.md", """
            ## AS OF SYSTEM TIME

            The clause reads data as it was at a time in the past, also known as "time travel queries", and
            lowers contention between long-running reads and writes on the same rows of a busy table.

            ## See also

            - [Time-Travel Queries](https://example.com/time-travel-queries)
            - [Follower reads](follower-reads.md)
            """);

    @Test
    void theSectionWithContentOutranksTheListOfLinks() throws IOException {
        assertEquals(List.of("AS OF SYSTEM TIME", "See also"), index.headings(RankingFeatures.ALL, "\"time travel queries\""));
        assertEquals(List.of("See also", "AS OF SYSTEM TIME"),
                index.headings(RankingFeatures.ALL.without(RankingFeature.EMPTY_SECTIONS), "\"time travel queries\""));
    }
}
