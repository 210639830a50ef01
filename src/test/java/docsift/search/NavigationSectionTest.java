package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A section that is nothing but links ("See also") points at answers: the section that gives one ranks first. */
class NavigationSectionTest {
    @TempDir
    static Path indexDir;
    static SearchFixture index;

    @BeforeAll
    static void index() throws IOException {
        index = SearchFixture.ofMarkdown(indexDir, "aost.md", """
                ## AS OF SYSTEM TIME

                The clause reads data as it was at a time in the past, also known as "time travel queries", and
                lowers contention between long-running reads and writes on the same rows of a busy table.

                ## See also

                - [Time-Travel Queries](https://example.com/time-travel-queries)
                - [Follower reads](follower-reads.md)
                """);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theSectionWithContentOutranksTheListOfLinks() throws IOException {
        assertEquals(List.of("AS OF SYSTEM TIME", "See also"), index.headings(RankingFeatures.ALL, "\"time travel queries\""));
        assertEquals(List.of("See also", "AS OF SYSTEM TIME"),
                index.headings(RankingFeatures.ALL.withoutEmptySections(), "\"time travel queries\""));
    }
}
