package docsift.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Explains hits cheaply: which fields matched ({@code matchedIn}) and how much of the query a hit covers
 * (too little makes it {@code weak}). Uses {@link Weight#matches} on the page's documents only. Stateless.
 */
final class HitEvidence {
    /** A hit that matches fewer than this share of the query's clauses is flagged weak. */
    static final double MIN_COVERAGE = 0.5;

    /** What one hit matched. */
    record Evidence(List<String> matchedIn, double coverage, boolean weak) {
    }

    /** Weights built once per request, asked once per hit. */
    final class Matcher {
        private final List<LeafReaderContext> leaves;
        private final Map<String, Weight> fieldWeights;
        private final List<Weight> clauseWeights;

        private Matcher(IndexSearcher searcher, BuiltQuery built) throws IOException {
            this.leaves = searcher.getIndexReader().leaves();
            this.fieldWeights = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Query> field : built.byField().entrySet()) {
                fieldWeights.put(field.getKey(), weight(searcher, field.getValue()));
            }
            this.clauseWeights = new ArrayList<>();
            for (Query clause : built.clauses()) {
                clauseWeights.add(weight(searcher, clause));
            }
        }

        Evidence evidence(int doc) throws IOException {
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
            int matched = 0;
            for (Weight weight : clauseWeights) {
                matched += weight.matches(leaf, local) != null ? 1 : 0;
            }
            double coverage = clauseWeights.isEmpty() ? 0 : (double) matched / clauseWeights.size();
            return new Evidence(matchedIn, coverage, coverage < MIN_COVERAGE);
        }
    }

    Matcher matcher(IndexSearcher searcher, BuiltQuery built) throws IOException {
        return new Matcher(searcher, built);
    }

    private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
}
