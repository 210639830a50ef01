package docsift.eval;

import java.util.List;

/**
 * Mean metrics over a group of answerable queries. Immutable.
 *
 * @param count      number of queries
 * @param successAt1 share with a best section first
 * @param successAt3 share with a best section in the top 3
 * @param mrr        mean reciprocal rank of the first best section, cut off at 10
 * @param ndcg       mean nDCG@10 with graded gains
 */
public record Scores(int count, double successAt1, double successAt3, double mrr, double ndcg) {
    /** Means over {@code results}; all zero for an empty group. */
    public static Scores of(List<QueryResult> results) {
        return new Scores(results.size(), mean(results, QueryResult::successAt1), mean(results, QueryResult::successAt3),
                mean(results, QueryResult::reciprocalRank), mean(results, QueryResult::ndcg));
    }

    private static double mean(List<QueryResult> results, java.util.function.ToDoubleFunction<QueryResult> metric) {
        return results.stream().mapToDouble(metric).average().orElse(0);
    }
}
