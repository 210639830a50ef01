package docsift.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Which rescored hits match each form of each clause ({@link Rescoring.Part}): anywhere, in prose, in the section's
 * own text, only as link text. Each array is indexed by hit; a form the clause lacks (or whose feature is off) is
 * null. All forms of all clauses are found together by {@link LeafMatches}, so a word's per-field queries are walked
 * once however many forms hold them. Immutable once made.
 */
final class ClauseForms {
    /** The forms in the order {@link #find} lists them for each clause. */
    private static final int ANYWHERE = 0;
    private static final int PROSE = 1;
    private static final int BODY = 2;
    private static final int LINK_ONLY = 3;
    private static final int FORMS = 4;

    private final List<boolean[]> matches;

    private ClauseForms(List<boolean[]> matches) {
        this.matches = matches;
    }

    /** The forms of every clause of {@code built} over {@code hits} ({@code byDoc}: their indexes in doc order). */
    static ClauseForms find(IndexSearcher searcher, Rescoring built, RankingFeatures features, ScoreDoc[] hits,
                            Integer[] byDoc) throws IOException {
        List<Query> queries = new ArrayList<>(built.clauses().size() * FORMS);
        for (Rescoring.Part part : built.clauses()) {
            queries.add(part.query());
            queries.add(part.prose());
            queries.add(features.has(RankingFeature.OWN_TEXT) ? part.body() : null);
            queries.add(features.has(RankingFeature.LINK_TEXT) ? part.linkOnly() : null);
        }
        return new ClauseForms(LeafMatches.of(searcher, queries, hits, byDoc));
    }

    /** The hits that match the clause on any field. */
    boolean[] anywhere(int clause) {
        return matches.get(clause * FORMS + ANYWHERE);
    }

    /** The hits that match the clause's prose form; null when it has none. */
    boolean[] prose(int clause) {
        return matches.get(clause * FORMS + PROSE);
    }

    /** The hits that match the clause in their own text; null when it cannot tell or own-text evidence is off. */
    boolean[] body(int clause) {
        return matches.get(clause * FORMS + BODY);
    }

    /** The hits that say the clause only as link text; null for a clause that is not a word or link text is off. */
    boolean[] linkOnly(int clause) {
        return matches.get(clause * FORMS + LINK_ONLY);
    }
}
