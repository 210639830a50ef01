package docsift.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one ranker scored on one query set. Immutable.
 *
 * @param ranker  the ranker's name
 * @param results one result per query, in query-set order
 */
public record RankerReport(String ranker, List<QueryResult> results) {
    public RankerReport {
        results = List.copyOf(results);
    }

    /** Scores per kind of answerable query, in the order the kinds first appear. */
    public Map<String, Scores> byKind() {
        Map<String, List<QueryResult>> groups = new LinkedHashMap<>();
        for (QueryResult result : answerable()) {
            groups.computeIfAbsent(result.query().kind(), k -> new java.util.ArrayList<>()).add(result);
        }
        Map<String, Scores> scores = new LinkedHashMap<>();
        groups.forEach((kind, group) -> scores.put(kind, Scores.of(group)));
        return scores;
    }

    /** Scores over every answerable query. */
    public Scores overall() {
        return Scores.of(answerable());
    }

    /** Queries with judged sections. */
    public List<QueryResult> answerable() {
        return results.stream().filter(r -> !r.query().isNone()).toList();
    }

    /** Queries the article does not answer. */
    public List<QueryResult> offTopic() {
        return results.stream().filter(r -> r.query().isNone()).toList();
    }

    /** Share of off-topic queries answered with no hit at all, or only weak ones. */
    public double noConfidentHitRate() {
        return share(offTopic(), r -> r.ranking().noConfidentHit());
    }

    /** Share of off-topic queries answered with no hit at all. */
    public double noHitRate() {
        return share(offTopic(), r -> r.ranking().sections().isEmpty());
    }

    /** Share of answerable queries whose relevant first hit is wrongly flagged weak. */
    public double relevantButWeakRate() {
        return share(answerable(), QueryResult::relevantButWeak);
    }

    /** Queries answered wrongly: best section not first, or an off-topic query with a confident hit. */
    public List<QueryResult> misses() {
        return results.stream().filter(r -> !r.correct()).toList();
    }

    private static double share(List<QueryResult> group, java.util.function.Predicate<QueryResult> test) {
        return group.isEmpty() ? 0 : (double) group.stream().filter(test).count() / group.size();
    }
}
