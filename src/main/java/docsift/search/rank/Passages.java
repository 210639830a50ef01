package docsift.search.rank;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Evidence in one passage of a long section, against words scattered over it (issue 20, class 2: catch-all pages).
 * A long list of plugins, a glossary or a feature list mentions nearly everything once, each in a different item, so
 * it covers many a query's words without being about any of them; a long section that answers the query says its
 * words together. For a section of at least {@link RankingWeights#LONG_SECTION_WORDS} words of text, a clause found
 * only in its prose counts in full when it stands in the passage (a window of {@link RankingWeights#PASSAGE_WINDOW}
 * positions) that holds most of the query's information, and {@link RankingWeights#SCATTERED_EVIDENCE} elsewhere in
 * the prose. A clause found in the heading, the breadcrumb, code or use cases counts as before. Stateless.
 */
final class Passages {
    private Passages() {
    }

    /** Lowers, in place, each long hit's match of the clauses it has only in prose outside its best passage. */
    static void discount(IndexSearcher searcher, Rescoring built, ScoreDoc[] hits, double[] weights,
                         double[][] matched) throws IOException {
        Weight[] clauses = null;
        for (int i = 0; i < hits.length; i++) {
            if (Rescorer.numeric(searcher, hits[i].doc, Fields.BODY_WORDS, -1) < RankingWeights.LONG_SECTION_WORDS) {
                continue;
            }
            if (clauses == null) {
                clauses = weights(searcher, built);
            }
            discount(searcher, hits[i].doc, clauses, weights, matched[i]);
        }
    }

    private static Weight[] weights(IndexSearcher searcher, Rescoring built) throws IOException {
        Weight[] weights = new Weight[built.clauses().size()];
        for (int c = 0; c < weights.length; c++) {
            weights[c] = searcher.createWeight(searcher.rewrite(built.clauses().get(c).query()),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        return weights;
    }

    /** One hit: the prose positions of each clause found nowhere else, then the best window over them. */
    private static void discount(IndexSearcher searcher, int doc, Weight[] clauses, double[] weights,
                                 double[] matched) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        List<int[]> positions = new ArrayList<>();
        boolean[] proseOnly = new boolean[clauses.length];
        for (int c = 0; c < clauses.length; c++) {
            Matches matches = matched[c] == 0 ? null : clauses[c].matches(leaf, doc - leaf.docBase);
            if (matches != null && onlyInProse(matches)) {
                proseOnly[c] = true;
                MatchesIterator it = matches.getMatches(Fields.PROSE);
                while (it.next()) {
                    positions.add(new int[] {it.startPosition(), c});
                }
            }
        }
        boolean[] inPassage = bestPassage(positions, weights, clauses.length);
        for (int c = 0; c < clauses.length; c++) {
            if (proseOnly[c] && !inPassage[c]) {
                matched[c] *= RankingWeights.SCATTERED_EVIDENCE;
            }
        }
    }

    private static boolean onlyInProse(Matches matches) {
        boolean prose = false;
        for (String field : matches) {
            if (!field.equals(Fields.PROSE)) {
                return false;
            }
            prose = true;
        }
        return prose;
    }

    /** The clauses of the window of positions that holds the most weight. */
    private static boolean[] bestPassage(List<int[]> positions, double[] weights, int clauses) {
        positions.sort((a, b) -> Integer.compare(a[0], b[0]));
        boolean[] best = new boolean[clauses];
        double bestWeight = -1;
        for (int start = 0; start < positions.size(); start++) {
            boolean[] in = new boolean[clauses];
            double weight = 0;
            for (int k = start; k < positions.size()
                    && positions.get(k)[0] - positions.get(start)[0] < RankingWeights.PASSAGE_WINDOW; k++) {
                int c = positions.get(k)[1];
                if (!in[c]) {
                    in[c] = true;
                    weight += weights[c];
                }
            }
            if (weight > bestWeight) {
                bestWeight = weight;
                best = in;
            }
        }
        return best;
    }
}
