package docsift.search.rank;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Evidence in a link's text against evidence in a section's own words (issue 20, classes 2 and 6). "In
 * [REFRESH MATERIALIZED VIEW](refresh.md), after the view name" names the page that explains refreshing views;
 * the section itself is about where a clause may stand, and a table of contents or a "see also" list names every
 * topic of a site without discussing any. In the coverage, a clause that a section says only as the text of links
 * counts {@link RankingWeights#LINK_ONLY_EVIDENCE} of its information; the link's target, where the words are the
 * section's own, keeps all of it. Stateless.
 */
final class LinkText {
    private LinkText() {
    }

    /** Lowers, in place, each hit's match of each clause that it says only as link text. */
    static void discount(IndexSearcher searcher, Rescoring built, ScoreDoc[] hits, Integer[] byDoc, double[][] matched)
            throws IOException {
        for (int c = 0; c < built.clauses().size(); c++) {
            Rescoring.Part part = built.clauses().get(c);
            if (part.linkOnly() == null) {
                continue;
            }
            boolean[] onlyLinked = Rescorer.matches(searcher, part.linkOnly(), hits, byDoc);
            for (int i = 0; i < hits.length; i++) {
                if (onlyLinked[i]) {
                    matched[i][c] *= RankingWeights.LINK_ONLY_EVIDENCE;
                }
            }
        }
    }
}
