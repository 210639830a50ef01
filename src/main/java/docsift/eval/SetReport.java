package docsift.eval;

import java.util.List;
import java.util.Objects;

/**
 * What one judged set measured: docsift, the plain baseline, and (when asked) each ablation variant, all on the
 * same queries. Immutable.
 *
 * @param set      the judged set
 * @param loaded   how many queries the set holds
 * @param skipped  how many were left out because their best section is not in this text (older versions)
 * @param docsift  docsift with every feature on
 * @param baseline the plain BM25 baseline
 * @param variants docsift with each feature switched off in turn, in {@link docsift.search.rank.RankingFeature}
 *                 order; empty when no ablation was asked for
 */
public record SetReport(JudgedSet set, int loaded, int skipped, RankerReport docsift, RankerReport baseline,
                        List<RankerReport> variants) {
    public SetReport {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(docsift, "docsift");
        Objects.requireNonNull(baseline, "baseline");
        variants = List.copyOf(variants);
    }

    /** The kinds whose MRR@10 or nDCG@10 is below the baseline's, for {@code report}. */
    public List<String> kindsBelowBaseline(RankerReport report) {
        return report.byKind().entrySet().stream().filter(kind -> {
            Scores plain = baseline.byKind().get(kind.getKey());
            return kind.getValue().mrr() < plain.mrr() || kind.getValue().ndcg() < plain.ndcg();
        }).map(java.util.Map.Entry::getKey).toList();
    }
}
