package docsift.search;

import docsift.markdown.MarkdownParser;
import docsift.search.collapse.VersionFolders;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One hit per section across a site's versions, collapsed inside the search: exact hits, totals, facets and
 * paging on a hand-written site of three versions (a page in all three, one only in the newest, one only in
 * the oldest) and a page in no version folder.
 */
class CollapseTest {
    private static final String EXPLAIN = """
            # EXPLAIN ANALYZE

            ## Plan statistics

            The statement runs the query and shows the plan with the time each step took.

            ## Plan options

            Options change what the plan statistics show.
            """;
    private static final String NEW_PAGE = """
            # Plan cache

            ## Cached plan statistics

            The plan cache keeps statistics of cached plans.
            """;
    private static final String OLD_PAGE = """
            # Heuristic planner

            ## Heuristic plan statistics

            The heuristic planner kept no statistics of its plan.
            """;
    private static final String GUIDE = """
            # Tuning guide

            ## Reading plan statistics

            Read the plan statistics top down.
            """;

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> {
        MarkdownParser parser = new MarkdownParser();
        return List.of(parser.parse("v9.2/explain-analyze.md", EXPLAIN), parser.parse("v10.1/explain-analyze.md", EXPLAIN),
                parser.parse("v10.0/explain-analyze.md", EXPLAIN), parser.parse("v10.1/plan-cache.md", NEW_PAGE),
                parser.parse("v9.2/heuristic-planner.md", OLD_PAGE), parser.parse("guides/tuning.md", GUIDE));
    });

    private static SearchRequest request(String q, int limit, int offset, String version, Grouping group,
                                         boolean collapse) {
        return new SearchRequest(q, limit, offset, null, null, null, null, version, group, collapse);
    }

    private static SearchResponse sections(String q) throws IOException {
        return site.search(request(q, 10, 0, null, Grouping.NONE, true));
    }

    @Test
    void aSectionInEveryVersionIsOneHitInTheNewestWithTheOthersLinked() throws IOException {
        List<Hit> hits = sections("plan statistics").hits();
        List<Hit> explain = hits.stream().filter(hit -> hit.heading().equals("Plan statistics")).toList();
        assertEquals(1, explain.size());
        Hit hit = explain.get(0);
        assertEquals("v10.1/explain-analyze.md", hit.article());
        assertEquals("v10.1", hit.version());
        assertEquals(List.of(new VersionLink("v10.0", "v10.0/explain-analyze.md",
                        "/articles/v10.0/explain-analyze.md#plan-statistics"),
                new VersionLink("v9.2", "v9.2/explain-analyze.md", "/articles/v9.2/explain-analyze.md#plan-statistics")),
                hit.versions());
    }

    @Test
    void aPageOnlyInAnOlderVersionIsShownInThatVersion() throws IOException {
        Hit hit = sections("heuristic planner").hits().get(0);
        assertEquals("v9.2/heuristic-planner.md", hit.article());
        assertEquals(List.of(), hit.versions());
    }

    @Test
    void aPageInNoVersionFolderHasNoVersions() throws IOException {
        Hit hit = sections("tuning guide").hits().get(0);
        assertEquals("guides/tuning.md", hit.article());
        assertNull(hit.version());
        assertNull(hit.versions());
    }

    @Test
    void totalsAndFacetsCountCollapsedHitsAndTheFolderFacetEachCopy() throws IOException {
        SearchResponse collapsed = sections("plan statistics");
        SearchResponse everyCopy = site.search(request("plan statistics", 10, 0, null, Grouping.NONE, false));
        // Matching sections: explain's two (x3 versions), plan cache's two, the heuristic planner's, the guide's.
        assertEquals(10, everyCopy.total());
        assertEquals(6, collapsed.total());
        assertEquals(collapsed.total(), collapsed.facets().get("kind").get("section"));
        assertEquals(6, collapsed.hits().size());
        Map<String, Long> folders = collapsed.facets().get("folder");
        assertEquals(Map.of("v10.1", 4L, "v10.0", 2L, "v9.2", 3L, "guides", 1L), folders);
        long topics = collapsed.facets().get("topic").values().stream().mapToLong(Long::longValue).sum();
        assertEquals(6, topics);
    }

    @Test
    void pagingCountsCollapsedHits() throws IOException {
        List<String> all = sections("plan statistics").hits().stream().map(Hit::id).toList();
        List<String> first = site.search(request("plan statistics", 2, 0, null, Grouping.NONE, true)).hits()
                .stream().map(Hit::id).toList();
        List<String> rest = site.search(request("plan statistics", 10, 2, null, Grouping.NONE, true)).hits()
                .stream().map(Hit::id).toList();
        assertEquals(all.subList(0, 2), first);
        assertEquals(all.subList(2, all.size()), rest);
    }

    @Test
    void aVersionFilterPicksThatVersionsCopies() throws IOException {
        SearchResponse v92 = site.search(request("plan statistics", 10, 0, "v9.2", Grouping.NONE, true));
        assertEquals(3, v92.total());
        assertTrue(v92.hits().stream().allMatch(hit -> hit.article().startsWith("v9.2/")));
        assertEquals(0, site.search(request("plan statistics", 10, 0, "v1.0", Grouping.NONE, true)).total());
    }

    @Test
    void theCurrentVersionOfTheSettingsIsShownRatherThanTheNewest() throws IOException {
        VersionFolders current = new VersionFolders(name -> name.startsWith("v"), "v10.0");
        Hit hit = site.search(request("plan statistics", 10, 0, null, Grouping.NONE, true), current).hits().stream()
                .filter(h -> h.heading().equals("Plan statistics")).findFirst().orElseThrow();
        assertEquals("v10.0/explain-analyze.md", hit.article());
        assertEquals(List.of("v10.1", "v9.2"), hit.versions().stream().map(VersionLink::version).toList());
    }

    @Test
    void groupedByPageEachPageOnceWithItsBestSectionsAndPagingByPage() throws IOException {
        SearchResponse grouped = site.search(request("plan statistics", 10, 0, null, Grouping.PAGE, true));
        List<String> pages = grouped.groups().stream().map(PageGroup::article).toList();
        assertEquals(pages.stream().distinct().toList(), pages);
        assertEquals(4, pages.size());
        assertEquals(4, grouped.pages());
        assertEquals(6, grouped.total());
        PageGroup explain = grouped.groups().stream()
                .filter(group -> group.article().equals("v10.1/explain-analyze.md")).findFirst().orElseThrow();
        assertEquals(2, explain.sections());
        assertEquals(2, explain.matched());
        assertEquals(List.of("v10.0", "v9.2"), explain.versions().stream().map(VersionLink::version).toList());
        assertEquals(grouped.groups().stream().mapToInt(PageGroup::sections).sum(), grouped.hits().size());
        SearchResponse second = site.search(request("plan statistics", 1, 1, null, Grouping.PAGE, true));
        assertEquals(List.of(pages.get(1)), second.groups().stream().map(PageGroup::article).toList());
    }

    @Test
    void sectionsUnderAPageAreItsBestInRankOrder() throws IOException {
        SearchResponse grouped = site.search(request("plan statistics", 10, 0, null, Grouping.PAGE, true));
        List<String> ranked = sections("plan statistics").hits().stream().map(Hit::id).toList();
        int first = 0;
        for (PageGroup group : grouped.groups()) {
            List<String> under = grouped.hits().subList(first, first + group.sections()).stream().map(Hit::id).toList();
            List<String> ofPage = ranked.stream().filter(id -> id.startsWith(group.article() + "#")).toList();
            assertEquals(ofPage.subList(0, Math.min(PageGroup.MAX_SECTIONS, ofPage.size())), under);
            first += group.sections();
        }
    }
}
