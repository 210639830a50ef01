package docsift.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.eval.Ranker.RankedSection;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Regression guard on ranking quality for one judged query set over its corpus: docsift and the plain baseline
 * side by side. The floors sit a little under the figures measured when they were set (see
 * src/test/resources/relevance/README.md): they catch a change that makes ranking worse, they are not targets.
 * Independently, no kind of query may score below the plain baseline, except the kinds a subclass names with
 * the reason. One evaluation per class, shared by its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JudgedSetTest {
    /**
     * Floors for one judged set.
     *
     * @param successAt1         overall Success@1
     * @param mrr                overall MRR@10
     * @param kindMrr            MRR@10 of every kind
     * @param offTopicRejected   share of off-topic queries without a confident hit
     * @param maxRelevantButWeak most share of answerable queries whose relevant first hit is flagged weak
     * @param knownBelowBaseline kinds allowed below the baseline, each documented where the floors are set
     */
    record Floors(double successAt1, double mrr, double kindMrr, double offTopicRejected, double maxRelevantButWeak,
                  Set<String> knownBelowBaseline) {
    }

    private List<JudgedQuery> queries;
    private List<Article> articles;
    private RankerReport docsift;
    private RankerReport baseline;

    /** The judged queries. */
    abstract Path queries();

    /** The articles the queries are judged on. */
    abstract List<Article> articles() throws IOException;

    abstract Floors floors();

    /** The smallest number of queries the set must keep. */
    int minimumQueries() {
        return 60;
    }

    /**
     * Judged keys that name two sections by design, each documented where the set is described (a page's
     * banner lead section and the section after it that repeats its title); every other key names exactly one.
     */
    Set<String> keysNamingTwoSections() {
        return Set.of();
    }

    static Article parse(Path file) throws IOException {
        return new MarkdownParser().parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    private void evaluate() throws IOException {
        if (docsift != null) {
            return;
        }
        queries = JudgedQueries.load(queries());
        articles = articles();
        try (DocsiftRanker ranker = DocsiftRanker.of(articles); BaselineRanker plain = BaselineRanker.of(articles)) {
            docsift = Evaluator.run(queries, ranker);
            baseline = Evaluator.run(queries, plain);
        }
    }

    RankerReport docsift() throws IOException {
        evaluate();
        return docsift;
    }

    @Test
    void judgedSetCoversEveryKind() throws IOException {
        evaluate();
        assertTrue(queries.size() >= minimumQueries(), "queries: " + queries.size());
        List<String> kinds = queries.stream().map(JudgedQuery::kind).distinct().sorted().toList();
        assertEquals(List.of("acronym", "code", "keyword", "morph", "none", "phrase", "question", "typo", "usecase"),
                kinds);
    }

    @Test
    void everyJudgedKeyNamesExactlyOneSection() throws IOException {
        evaluate();
        List<RankedSection> sections = articles.stream().flatMap(article -> article.sections().stream())
                .map(s -> new RankedSection(s.articleId(), s.heading(), s.breadcrumb(), false)).toList();
        List<String> unresolved = queries.stream().flatMap(q -> q.rel().keySet().stream()).distinct()
                .filter(key -> sections.stream().filter(s -> s.isNamedBy(key)).count()
                        != (keysNamingTwoSections().contains(key) ? 2 : 1)).sorted().toList();
        assertEquals(List.of(), unresolved);
    }

    @Test
    void overallStaysAboveTheFloorAndTheBaseline() throws IOException {
        evaluate();
        Scores overall = docsift.overall();
        assertTrue(overall.successAt1() >= floors().successAt1(), table());
        assertTrue(overall.mrr() >= floors().mrr(), table());
        assertTrue(overall.mrr() > baseline.overall().mrr() && overall.ndcg() > baseline.overall().ndcg(), table());
    }

    @Test
    void everyKindStaysAboveTheFloorAndTheBaseline() throws IOException {
        evaluate();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Scores> kind : docsift.byKind().entrySet()) {
            Scores plain = baseline.byKind().get(kind.getKey());
            boolean belowBaseline = kind.getValue().mrr() < plain.mrr() || kind.getValue().ndcg() < plain.ndcg();
            if (kind.getValue().mrr() < floors().kindMrr()
                    || (belowBaseline && !floors().knownBelowBaseline().contains(kind.getKey()))) {
                failures.add(kind.getKey());
            }
        }
        assertTrue(failures.isEmpty(), "kinds below floor or baseline: " + failures + "\n" + table());
    }

    @Test
    void offTopicQueriesGetNoConfidentHitAndOnTopicOnesStayConfident() throws IOException {
        evaluate();
        assertTrue(docsift.noConfidentHitRate() >= floors().offTopicRejected(), table());
        assertTrue(docsift.noConfidentHitRate() >= baseline.noConfidentHitRate(), table());
        // Flagging everything weak would pass the lines above: relevant answers must stay confident.
        assertTrue(docsift.relevantButWeakRate() <= floors().maxRelevantButWeak(), table());
    }

    private String table() {
        return "\n" + ReportTable.sideBySide(List.of(docsift, baseline)) + ReportTable.misses(docsift, articles.size() > 1);
    }
}
