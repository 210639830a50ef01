package docsift.search.rank;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Where an identifier is defined against where it is mentioned (issue 20, code queries on documentation sites). A
 * reader who pastes {@code FSTWRN004} or {@code FST_ERR_CTP_BODY_TOO_LARGE} wants the entry that explains it: the
 * row of the table of codes, the option named at the start of a list item, the heading in code form
 * ({@code docsift.index.DefinedTerms} finds them when a section is indexed), not the introduction that shows how
 * to silence the warning nor the option whose text names the error it sends. A section that defines an identifier
 * of the query scores {@code 1 +} {@link RankingWeights#DEFINED_TERM_BONUS} times as much; a factor, so that it
 * orders near ties between sections that match the identifier and cannot lift one that matches little else of the
 * query. Stateless.
 */
final class Definitions {
    private Definitions() {
    }

    /** Each hit's score factor: the bonus for a section that defines an identifier of the query, else 1. */
    static float[] factors(IndexSearcher searcher, Rescoring built, ScoreDoc[] hits, Integer[] byDoc)
            throws IOException {
        float[] factors = none(hits.length);
        if (built.defines() == null) {
            return factors;
        }
        boolean[] defines = Rescorer.matches(searcher, built.defines(), hits, byDoc);
        for (int i = 0; i < hits.length; i++) {
            if (defines[i]) {
                factors[i] = 1 + RankingWeights.DEFINED_TERM_BONUS;
            }
        }
        return factors;
    }

    /** A factor of 1 for each of {@code hits} hits: no identifier defined. */
    static float[] none(int hits) {
        float[] factors = new float[hits];
        Arrays.fill(factors, 1f);
        return factors;
    }
}
