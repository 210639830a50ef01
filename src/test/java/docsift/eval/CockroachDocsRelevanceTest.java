package docsift.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.eval.Ranker.RankedSection;
import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on ranking quality on a second, real corpus: 34 CockroachDB docs pages with front matter and
 * Liquid tags, judged blind, ranked as one index across files (see "Second corpus: cockroachdb-docs sample" in
 * src/test/resources/relevance/README.md). Like {@link RelevanceTest}, the floors sit a little under the
 * measured figures and no kind may score below the plain baseline, with one documented exception.
 */
class CockroachDocsRelevanceTest {
    private static final Path QUERIES = Path.of("src/test/resources/relevance/cockroachdb-queries.jsonl");
    private static final Path CORPUS = Path.of("src/test/resources/corpora/cockroachdb-sample/v25.4");

    // Measured with every feature on: S@1 0.610, MRR@10 0.734, lowest kind MRR 0.404 (question), 5/7 off-topic
    // queries without a confident hit, 4/59 relevant first hits flagged weak.
    private static final double MIN_SUCCESS_AT_1 = 0.58;
    private static final double MIN_MRR = 0.71;
    private static final double MIN_KIND_MRR = 0.38;
    private static final double MIN_OFF_TOPIC_REJECTED = 0.69;
    private static final double MAX_RELEVANT_BUT_WEAK = 0.09;
    /**
     * Kinds allowed below the baseline on this corpus only. phrase: docsift MRR 0.722 against the baseline's
     * 0.917 (nDCG 0.846 against 0.920). In 3 of 6 phrase queries docsift puts first another section that also
     * holds the quoted words, in a heading ("Example: Lost update anomaly"), a See also link ("Time-Travel
     * Queries") or another page ("Index hints" of partial indexes), and the judged section second or third; the
     * baseline puts the judged section first in 5 of 6. Measured and reported when this corpus was added, which
     * left the ranking code alone; remove the exception once phrase is back at or above the baseline.
     */
    private static final Set<String> KNOWN_BELOW_BASELINE = Set.of("phrase");

    static List<JudgedQuery> queries;
    static List<Article> articles;
    static RankerReport docsift;
    static RankerReport baseline;

    @BeforeAll
    static void evaluate() throws IOException {
        queries = JudgedQueries.load(QUERIES);
        articles = CorpusArticles.read(CORPUS);
        try (DocsiftRanker ranker = DocsiftRanker.of(articles); BaselineRanker plain = BaselineRanker.of(articles)) {
            docsift = Evaluator.run(queries, ranker);
            baseline = Evaluator.run(queries, plain);
        }
    }

    @Test
    void judgedSetCoversEveryKind() {
        assertTrue(queries.size() >= 60, "queries: " + queries.size());
        List<String> kinds = queries.stream().map(JudgedQuery::kind).distinct().sorted().toList();
        assertEquals(List.of("acronym", "code", "keyword", "morph", "none", "phrase", "question", "typo", "usecase"),
                kinds);
    }

    @Test
    void everyJudgedKeyNamesExactlyOneSectionOfTheSample() {
        List<RankedSection> sections = articles.stream().flatMap(article -> article.sections().stream())
                .map(s -> new RankedSection(s.articleId(), s.heading(), s.breadcrumb(), false)).toList();
        List<String> unresolved = queries.stream().flatMap(q -> q.rel().keySet().stream()).distinct()
                .filter(key -> sections.stream().filter(s -> s.isNamedBy(key)).count() != 1).sorted().toList();
        assertEquals(List.of(), unresolved);
    }

    @Test
    void overallStaysAboveTheFloor() {
        Scores overall = docsift.overall();
        assertTrue(overall.successAt1() >= MIN_SUCCESS_AT_1, table());
        assertTrue(overall.mrr() >= MIN_MRR, table());
    }

    @Test
    void everyKindStaysAboveTheFloorAndTheBaseline() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Scores> kind : docsift.byKind().entrySet()) {
            boolean allowedBelow = KNOWN_BELOW_BASELINE.contains(kind.getKey());
            if (kind.getValue().mrr() < MIN_KIND_MRR || (!allowedBelow && belowBaseline(kind.getKey()))) {
                failures.add(kind.getKey());
            }
        }
        assertTrue(failures.isEmpty(), "kinds below floor or baseline: " + failures + "\n" + table());
    }

    private static boolean belowBaseline(String kind) {
        Scores ours = docsift.byKind().get(kind);
        Scores plain = baseline.byKind().get(kind);
        return ours.mrr() < plain.mrr() || ours.ndcg() < plain.ndcg();
    }

    @Test
    void offTopicQueriesGetNoConfidentHitAndOnTopicOnesStayConfident() {
        assertTrue(docsift.noConfidentHitRate() >= MIN_OFF_TOPIC_REJECTED, table());
        assertTrue(docsift.noConfidentHitRate() >= baseline.noConfidentHitRate(), table());
        assertTrue(docsift.relevantButWeakRate() <= MAX_RELEVANT_BUT_WEAK, table());
    }

    private static String table() {
        return "\n" + ReportTable.sideBySide(List.of(docsift, baseline)) + ReportTable.misses(docsift, true);
    }
}
