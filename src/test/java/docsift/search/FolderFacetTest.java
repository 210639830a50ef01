package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.index.Fields.Kind;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A site's folders (its versions or parts) are a facet and a filter: "current/v25.4" against "current/v24.1". */
class FolderFacetTest {
    private static final String PAGE = """
            # Follower reads

            ## Exact staleness

            Read from the nearest replica at a timestamp a little in the past.
            """;

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> List.of(
            new MarkdownParser().parse("current/v24.1/follower-reads.md", PAGE),
            new MarkdownParser().parse("current/v25.4/follower-reads.md", PAGE),
            new MarkdownParser().parse("current/v25.4/sub/replicas.md", "# Replicas\n\nA replica holds a copy.\n"),
            new MarkdownParser().parse("index.md", "# Home\n\nStart here: replicas, reads and more.\n")));

    private static SearchResponse search(String q, String folder, String topic) throws IOException {
        return site.search(new SearchRequest(q, 10, 0, null, topic, folder, Kind.SECTION));
    }

    @Test
    void theFacetCountsHitsPerFolder() throws IOException {
        Map<String, Long> folders = search("replica", null, null).facets().get("folder");
        assertEquals(Map.of("current/v24.1", 1L, "current/v25.4", 1L, "current/v25.4/sub", 1L, ".", 1L), folders);
    }

    @Test
    void aFolderFilterKeepsItsArticlesAndTheOtherFoldersCounts() throws IOException {
        SearchResponse v24 = search("replica", "current/v24.1", null);
        assertEquals(1, v24.total());
        assertEquals("current/v24.1/follower-reads.md", v24.hits().getFirst().article());
        // Not the subfolders': a folder is where the article file is.
        assertEquals(List.of("current/v25.4/follower-reads.md"),
                search("replica", "current/v25.4", null).hits().stream().map(Hit::article).toList());
        assertEquals(List.of("index.md"), search("replica", ".", null).hits().stream().map(Hit::article).toList());
        // Its own facet still offers the other folders to switch to.
        assertEquals(4, v24.facets().get("folder").size());
    }

    @Test
    void filtersCombineAndAnUnknownFolderFindsNothing() throws IOException {
        SearchResponse both = search("replica", "current/v25.4", "Exact staleness");
        assertEquals(1, both.total());
        // The topic facet counts with the folder filter: the subfolder's "Replicas" is not in current/v25.4.
        assertEquals(Map.of("Exact staleness", 1L), both.facets().get("topic"));
        assertEquals(0, search("replica", "current/v25.4", "Replicas").total());
        assertEquals(1, search("replica", "current/v25.4/sub", "Replicas").total());
        assertEquals(0, search("replica", "nowhere", null).total());
    }
}
