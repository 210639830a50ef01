package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
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
    static IndexStore store;
    static Searchers searchers;

    @BeforeAll
    static void index() throws IOException {
        store = IndexStore.open(indexDir);
        store.replaceArticle(new MarkdownParser().parse("aost.md", """
                ## AS OF SYSTEM TIME

                The clause reads data as it was at a time in the past, also known as "time travel queries", and
                lowers contention between long-running reads and writes on the same rows of a busy table.

                ## See also

                - [Time-Travel Queries](https://example.com/time-travel-queries)
                - [Follower reads](follower-reads.md)
                """));
        store.commit();
        searchers = new Searchers(store.directory());
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
        store.close();
    }

    private static List<String> headings(RankingFeatures features, String q) throws IOException {
        return new SearchService(searchers, features).search(SearchRequest.of(q, 10)).hits().stream()
                .map(Hit::heading).toList();
    }

    @Test
    void theSectionWithContentOutranksTheListOfLinks() throws IOException {
        assertEquals(List.of("AS OF SYSTEM TIME", "See also"), headings(RankingFeatures.ALL, "\"time travel queries\""));
        assertEquals(List.of("See also", "AS OF SYSTEM TIME"),
                headings(RankingFeatures.ALL.withoutEmptySections(), "\"time travel queries\""));
    }
}
