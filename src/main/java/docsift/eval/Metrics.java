package docsift.eval;

import docsift.eval.Ranker.RankedSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Graded ranking metrics for one query: Success@k, reciprocal rank and nDCG, all cut off at
 * {@link #CUTOFF}. A judged key counts once, at its first (best) rank; later sections it also names earn
 * nothing. Stateless.
 */
public final class Metrics {
    /** Rank cut-off of MRR and nDCG. */
    public static final int CUTOFF = 10;

    private Metrics() {
    }

    /** The grade each of the top {@link #CUTOFF} sections earns, 0 for unjudged ones and repeats. */
    public static List<Integer> gains(JudgedQuery query, List<RankedSection> ranked) {
        List<Integer> gains = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RankedSection section : ranked.subList(0, Math.min(CUTOFF, ranked.size()))) {
            int grade = 0;
            for (String key : query.rel().keySet()) {
                if (section.isNamedBy(key) && seen.add(key)) {
                    grade = Math.max(grade, query.grade(key));
                }
            }
            gains.add(grade);
        }
        return gains;
    }

    /** 1 when a best (grade 2) section is among the first {@code k}, else 0. */
    public static double successAt(int k, List<Integer> gains) {
        return gains.subList(0, Math.min(k, gains.size())).contains(2) ? 1 : 0;
    }

    /** 1 / rank of the first best (grade 2) section, 0 when none is in the top {@link #CUTOFF}. */
    public static double reciprocalRank(List<Integer> gains) {
        int at = gains.indexOf(2);
        return at < 0 ? 0 : 1.0 / (at + 1);
    }

    /** Normalised discounted cumulative gain with gains {@code 2^grade - 1}; 0 when nothing is judged. */
    public static double ndcg(JudgedQuery query, List<Integer> gains) {
        List<Integer> ideal = query.rel().values().stream().sorted((a, b) -> b - a).limit(CUTOFF).toList();
        double best = dcg(ideal);
        return best == 0 ? 0 : dcg(gains) / best;
    }

    private static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < grades.size(); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
