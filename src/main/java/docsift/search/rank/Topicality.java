package docsift.search.rank;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * How topical a query word is in the indexed prose, from 0 to 1, measured on the corpus itself: a word that
 * sections repeat where they use it ("manager": 64 times in 15 sections) is what those sections are about; a
 * word mentioned once here and once there ("write", "own": never twice in a section) is ordinary English,
 * however rare it happens to be in this corpus. This burstiness (Church and Gale) is the mean frequency of the
 * word in the sections that use it, saturated like BM25's term frequency. Stateless and thread-safe.
 */
final class Topicality {

    private Topicality() {
    }

    /**
     * The topicality of a clause: that of its most widespread prose term (for a word, its stem, which every
     * form shares), or 1 when the clause has no prose term (identifiers and code, topical by nature).
     */
    static double of(IndexReader reader, Query clause) throws IOException {
        Term widest = null;
        int widestDf = 0;
        long widestFrequency = 0;
        // The terms come in the order a BooleanQuery keeps its clauses, which follows the clauses' hash codes and
        // so changes from run to run: ties are broken by the terms themselves, or the same query would score
        // differently after a restart.
        for (Term term : proseTerms(clause)) {
            int df = reader.docFreq(term);
            long frequency = reader.totalTermFreq(term);
            if (df > widestDf || df == widestDf && df > 0 && (frequency > widestFrequency
                    || frequency == widestFrequency && term.compareTo(widest) < 0)) {
                widest = term;
                widestDf = df;
                widestFrequency = frequency;
            }
        }
        if (widest == null) {
            return 1;
        }
        double meanFrequency = (double) widestFrequency / widestDf;
        return meanFrequency / (meanFrequency + RankingWeights.TOPICALITY_HALF);
    }

    private static List<Term> proseTerms(Query clause) {
        List<Term> terms = new ArrayList<>();
        clause.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Fields.PROSE.equals(field);
            }

            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(List.of(found));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return terms;
    }
}
