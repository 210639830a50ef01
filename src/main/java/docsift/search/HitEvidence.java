package docsift.search;

import docsift.search.query.BuiltQuery;
import docsift.search.rank.FieldWeights;
import docsift.search.rank.Rescorer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Explains hits cheaply: which fields matched ({@code matchedIn}), using {@link Weight#matches} on the
 * page's documents only; how much of the query a hit covers, and whether that is too little ({@code weak}),
 * comes from the {@link Rescorer}. Stateless.
 */
final class HitEvidence {
    /** What one hit matched. */
    record Evidence(List<String> matchedIn, double coverage, boolean weak) {
    }

    /** Weights built once per request, asked once per hit. */
    static final class Matcher {
        private final List<LeafReaderContext> leaves;
        private final Map<String, Weight> fieldWeights = new LinkedHashMap<>();

        private Matcher(IndexSearcher searcher, BuiltQuery built) throws IOException {
            this.leaves = searcher.getIndexReader().leaves();
            for (Map.Entry<String, Query> field : built.byField().entrySet()) {
                fieldWeights.put(field.getKey(), searcher.createWeight(searcher.rewrite(field.getValue()),
                        ScoreMode.COMPLETE_NO_SCORES, 1f));
            }
        }

        Evidence evidence(Rescorer.Scored hit) throws IOException {
            int doc = hit.doc().doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            List<String> matchedIn = new ArrayList<>();
            for (String field : FieldWeights.BOOSTS.keySet()) {
                Weight weight = fieldWeights.get(field);
                String name = FieldWeights.publicName(field);
                if (weight != null && !matchedIn.contains(name) && weight.matches(leaf, local) != null) {
                    matchedIn.add(name);
                }
            }
            return new Evidence(matchedIn, hit.coverage(), hit.weak());
        }
    }

    Matcher matcher(IndexSearcher searcher, BuiltQuery built) throws IOException {
        return new Matcher(searcher, built);
    }
}
