package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.MarkdownParser;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Link-only evidence: a section that says the query's words only as the text of links (a statement's synopsis
 * listing where a clause may stand, each place a link to its own page) points at the answer and does not give it;
 * the section whose own text discusses the words is the answer, and a question the site does not answer gets no
 * confident hit from the links.
 */
class LinkTextTest {
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final String OFF_TOPIC = "refresh a materialized view on a schedule";

    @RegisterExtension
    static final SearchFixture site = SearchFixture.of(() -> List.of(
            PARSER.parse("as-of-system-time.md", """
                    # AS OF SYSTEM TIME

                    ## Synopsis

                    The clause is supported in several statements:

                    - In [`CREATE MATERIALIZED VIEW`](create-view.md), after the `AS select_stmt` clause.
                    - In [`REFRESH MATERIALIZED VIEW`](refresh.md), after the name.
                    - In [`BACKUP`](backup.md), after the parameters of the `TO` sub-clause.

                    ## Parameters

                    A timestamp, an interval before now, or a function that picks a recent one.
                    """),
            PARSER.parse("row-level-ttl.md", """
                    # Row-level TTL

                    ## Expired rows

                    Rows older than the expiration are deleted by a job that runs on a schedule, in batches,
                    so that the cleanup does not compete with the workload.
                    """)));

    private static Hit first(RankingFeatures features, String q) throws IOException {
        return site.hits(features, q).getFirst();
    }

    @Test
    void wordsSaidOnlyInLinksAreNotConfidentEvidence() throws IOException {
        Hit without = first(RankingFeatures.ALL.without(RankingFeature.LINK_TEXT), OFF_TOPIC);
        assertEquals("Synopsis", without.heading());
        assertFalse(without.weak(), "three of four words, in link text, are enough without the rule");
        assertTrue(site.hits(RankingFeatures.ALL, OFF_TOPIC).stream().allMatch(Hit::weak),
                "no hit is confident when the words stand only in links or are one common word");
    }

    @Test
    void aSectionStillAnswersWithWordsOfItsOwnTextBesideLinks() throws IOException {
        Hit hit = first(RankingFeatures.ALL, "timestamp interval parameters");
        assertEquals("Parameters", hit.heading());
        assertFalse(hit.weak());
    }
}
