package docsift.search;

import docsift.markdown.MarkdownParser;
import docsift.search.rank.VersionOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Versioned docs repeat a page in every version's folder; among equal hits the newest version comes first
 * when every copy is listed ({@code collapse=none}; by default the copies are one hit: see CollapseTest).
 */
class VersionOrderTest {
    private static final String PAGE = """
            # EXPLAIN ANALYZE

            ## Plan statistics

            The statement runs the query and shows the plan with the time each step took.
            """;

    @RegisterExtension
    static final SearchFixture index = SearchFixture.of(() -> List.of(
            new MarkdownParser().parse("v9.2/explain-analyze.md", PAGE),
            new MarkdownParser().parse("v10.1/explain-analyze.md", PAGE),
            new MarkdownParser().parse("v10.0/explain-analyze.md", PAGE)));

    @Test
    void theSamePageInSeveralVersionsListsTheNewestFirst() throws IOException {
        SearchRequest everyCopy = new SearchRequest("plan statistics", 10, 0, null, null, null, null, null,
                Grouping.NONE, false);
        List<String> articles = index.search(everyCopy).hits().stream()
                .filter(hit -> hit.heading().equals("Plan statistics")).map(Hit::article).toList();
        assertEquals(List.of("v10.1/explain-analyze.md", "v10.0/explain-analyze.md", "v9.2/explain-analyze.md"), articles);
    }

    @Test
    void digitsCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("current/v23.2/a.md", "current/v9.1/a.md", "current/v25.4/a.md",
                "current/v24.10/a.md", "current/v24.9/a.md"));
        ids.sort(VersionOrder.NEWEST_FIRST);
        assertEquals(List.of("current/v25.4/a.md", "current/v24.10/a.md", "current/v24.9/a.md", "current/v23.2/a.md",
                "current/v9.1/a.md"), ids);
    }
}
