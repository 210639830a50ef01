package docsift.eval;

import docsift.markdown.Article;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates one {@link JudgedSet}: indexes its text once for docsift and once for the baseline, and runs the
 * queries that text can answer through both, and through every ablation variant when asked. Stateless.
 */
public final class SetEvaluation {
    private SetEvaluation() {
    }

    /** The set measured; with {@code ablation}, each ranking feature also switched off in turn. */
    public static SetReport run(JudgedSet set, boolean ablation) throws IOException {
        List<Article> articles = set.articles();
        List<JudgedQuery> all = JudgedQueries.load(set.queries());
        Evaluator.Selection selection = Evaluator.answerableIn(all, articles);
        List<JudgedQuery> kept = selection.kept();
        try (DocsiftRanker ranker = DocsiftRanker.of(articles); BaselineRanker plain = BaselineRanker.of(articles)) {
            RankerReport docsift = Evaluator.run(kept, ranker);
            RankerReport baseline = Evaluator.run(kept, plain);
            List<RankerReport> variants = ablation ? ablate(ranker, kept) : List.of();
            return new SetReport(set, all.size(), selection.skipped().size(), docsift, baseline, variants);
        }
    }

    /** Each feature switched off in turn, on the ranker's index. */
    private static List<RankerReport> ablate(DocsiftRanker ranker, List<JudgedQuery> queries) throws IOException {
        List<RankerReport> reports = new ArrayList<>();
        for (RankingFeature feature : RankingFeature.values()) {
            try (Ranker variant = ranker.variant("- " + feature.label(), RankingFeatures.ALL.without(feature))) {
                reports.add(Evaluator.run(queries, variant));
            }
        }
        return reports;
    }
}
