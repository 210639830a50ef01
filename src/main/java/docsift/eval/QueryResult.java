package docsift.eval;

import docsift.eval.Ranker.Ranking;
import java.util.List;

/**
 * How one ranker answered one judged query. Immutable.
 *
 * @param query   the judged query
 * @param ranking what the ranker returned
 * @param gains   the grade earned at each of the top ranks (see {@link Metrics#gains})
 */
public record QueryResult(JudgedQuery query, Ranking ranking, List<Integer> gains) {
    public QueryResult {
        gains = List.copyOf(gains);
    }

    static QueryResult of(JudgedQuery query, Ranking ranking) {
        return new QueryResult(query, ranking, Metrics.gains(query, ranking.sections()));
    }

    public double successAt1() {
        return Metrics.successAt(1, gains);
    }

    public double successAt3() {
        return Metrics.successAt(3, gains);
    }

    public double reciprocalRank() {
        return Metrics.reciprocalRank(gains);
    }

    public double ndcg() {
        return Metrics.ndcg(query, gains);
    }

    /** For a {@code none} query: right when there is no confident hit. For others: best section first. */
    public boolean correct() {
        return query.isNone() ? ranking.noConfidentHit() : successAt1() == 1;
    }

    /** An answerable query whose first hit the ranker flagged as weak although it is relevant. */
    public boolean relevantButWeak() {
        return !query.isNone() && !gains.isEmpty() && gains.getFirst() > 0 && ranking.sections().getFirst().weak();
    }

    /** The first {@code n} headings returned, for reports. */
    public List<String> top(int n) {
        return top(n, false);
    }

    /** The first {@code n} sections returned, for reports: headings, each after its article when asked. */
    public List<String> top(int n, boolean withArticle) {
        return ranking.sections().stream().limit(n).map(section -> section.label(withArticle)).toList();
    }
}
