package docsift.eval;

import docsift.eval.Ranker.RankedSection;
import docsift.markdown.Article;
import docsift.markdown.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Runs judged queries through a {@link Ranker} and scores the answers. Stateless. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Every query through the ranker, scored. */
    public static RankerReport run(List<JudgedQuery> queries, Ranker ranker) throws IOException {
        List<QueryResult> results = new ArrayList<>(queries.size());
        for (JudgedQuery query : queries) {
            results.add(QueryResult.of(query, ranker.rank(query.q(), Metrics.CUTOFF)));
        }
        return new RankerReport(ranker.name(), results);
    }

    /**
     * Splits the queries into those an article (or a corpus) can be judged on and the rest: a query is kept when
     * each of its best (grade 2) keys names a section of the article, and off-topic queries are always kept. Lets
     * one query set written for one version of an article evaluate another version fairly.
     *
     * @param kept    queries to evaluate
     * @param skipped queries whose best section the article does not have
     */
    public record Selection(List<JudgedQuery> kept, List<JudgedQuery> skipped) {
        public Selection {
            kept = List.copyOf(kept);
            skipped = List.copyOf(skipped);
        }
    }

    /** The queries {@code article} can be judged on. */
    public static Selection answerableIn(List<JudgedQuery> queries, Article article) {
        return answerableIn(queries, List.of(article));
    }

    /** The queries a corpus can be judged on: each best key names a section of one of its articles. */
    public static Selection answerableIn(List<JudgedQuery> queries, List<Article> articles) {
        List<RankedSection> sections = articles.stream().flatMap(article -> article.sections().stream())
                .map(Evaluator::asRanked).toList();
        List<JudgedQuery> kept = new ArrayList<>();
        List<JudgedQuery> skipped = new ArrayList<>();
        for (JudgedQuery query : queries) {
            boolean answerable = query.bestKeys().stream().allMatch(key -> sections.stream().anyMatch(s -> s.isNamedBy(key)));
            (answerable ? kept : skipped).add(query);
        }
        return new Selection(kept, skipped);
    }

    private static RankedSection asRanked(Section section) {
        return new RankedSection(section.articleId(), section.heading(), section.breadcrumb(), false);
    }
}
