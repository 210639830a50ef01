package docsift.cli;

import docsift.eval.BaselineRanker;
import docsift.eval.DocsiftRanker;
import docsift.eval.Evaluator;
import docsift.eval.JudgedQueries;
import docsift.eval.JudgedQuery;
import docsift.eval.RankerReport;
import docsift.eval.ReportTable;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import docsift.search.RankingFeatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docsift eval}: scores docsift's ranking and a plain baseline on judged queries over one article and
 * prints the table. Indexes into a temporary folder; never touches the real index.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate ranking on judged queries: docsift against a plain BM25 baseline.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--queries", defaultValue = "src/test/resources/relevance/queries.jsonl",
            description = "Judged queries, JSON Lines (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--article", defaultValue = "corpus/advanced-topics.md",
            description = "The article the queries are judged on (default: ${DEFAULT-VALUE}).")
    Path article;

    @Option(names = "--verbose", description = "Also list every miss: expected section and the top 3 returned.")
    boolean verbose;

    @Option(names = "--ablation", description = "Also rank with each feature switched off in turn, one line each.")
    boolean ablation;

    /** Each ranking feature switched off in turn: what the ablation table measures. */
    private static final Map<String, RankingFeatures> ABLATIONS = ablations();

    private static Map<String, RankingFeatures> ablations() {
        RankingFeatures all = RankingFeatures.ALL;
        Map<String, RankingFeatures> variants = new LinkedHashMap<>();
        variants.put("docsift (all features)", all);
        variants.put("- field weights", all.withoutFieldWeights());
        variants.put("- proximity", all.withoutProximity());
        variants.put("- typo corrections", all.withoutCorrections());
        variants.put("- coordination", all.withoutCoordination());
        variants.put("- empty-section demotion", all.withoutEmptySections());
        variants.put("- acronyms", all.withoutAcronyms());
        variants.put("- minimum evidence", all.withoutMinimumEvidence());
        variants.put("- exact word forms", all.withoutExactForms());
        variants.put("- topicality", all.withoutTopicality());
        variants.put("- joined identifiers", all.withoutIdentifiers());
        return variants;
    }

    @Override
    public Integer call() throws Exception {
        Article parsed = new MarkdownParser().parse(article.getFileName().toString(),
                Files.readString(article, StandardCharsets.UTF_8));
        List<JudgedQuery> all = JudgedQueries.load(queries);
        Evaluator.Selection selection = Evaluator.answerableIn(all, parsed);
        System.out.printf("Article %s: %d sections. Queries %s: %d, evaluated %d, skipped %d "
                        + "(best section not in this article).%n%n", article, parsed.sections().size(), queries,
                all.size(), selection.kept().size(), selection.skipped().size());
        RankerReport docsift;
        RankerReport baseline;
        try (DocsiftRanker ranker = DocsiftRanker.of(parsed); BaselineRanker plain = BaselineRanker.of(parsed)) {
            docsift = Evaluator.run(selection.kept(), ranker);
            baseline = Evaluator.run(selection.kept(), plain);
        }
        System.out.print(ReportTable.sideBySide(List.of(docsift, baseline)));
        if (ablation) {
            System.out.println();
            System.out.print(ReportTable.compact(ablate(parsed, selection.kept(), baseline)));
        }
        if (verbose) {
            System.out.println();
            System.out.print(ReportTable.misses(docsift));
        }
        return 0;
    }

    private static List<RankerReport> ablate(Article article, List<JudgedQuery> queries, RankerReport baseline)
            throws java.io.IOException {
        List<RankerReport> reports = new ArrayList<>();
        for (Map.Entry<String, RankingFeatures> variant : ABLATIONS.entrySet()) {
            try (DocsiftRanker ranker = DocsiftRanker.of(article, variant.getKey(), variant.getValue())) {
                reports.add(Evaluator.run(queries, ranker));
            }
        }
        reports.add(baseline);
        return reports;
    }
}
