package docsift.cli;

import docsift.eval.BaselineRanker;
import docsift.eval.CorpusArticles;
import docsift.eval.DocsiftRanker;
import docsift.eval.Evaluator;
import docsift.eval.JudgedQueries;
import docsift.eval.JudgedQuery;
import docsift.eval.RankerReport;
import docsift.eval.ReportTable;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import docsift.search.rank.RankingFeature;
import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docsift eval}: scores docsift's ranking and a plain baseline on judged queries over one article, or over
 * every article of a corpus folder, and prints the table. Indexes into a temporary folder; never touches the real
 * index.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate ranking on judged queries: docsift against a plain BM25 baseline.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--queries", defaultValue = "src/test/resources/relevance/queries.jsonl",
            description = "Judged queries, JSON Lines (default: ${DEFAULT-VALUE}).")
    Path queries;

    private static final Path DEFAULT_ARTICLE = Path.of("corpus/advanced-topics.md");

    /** What the queries are judged on: one article (the default) or a whole folder; never both. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    static final class Target {
        @Option(names = "--article", description = "The article the queries are judged on (default: "
                + "corpus/advanced-topics.md).")
        Path article;

        @Option(names = "--corpus", description = "Judge on every Markdown file under this folder instead, indexed "
                + "as the service indexes it; a key may name a section as \"file > heading\".")
        Path corpus;
    }

    @Option(names = "--verbose", description = "Also list every miss: expected section and the top 3 returned.")
    boolean verbose;

    @Option(names = "--ablation", description = "Also rank with each feature switched off in turn, one line each.")
    boolean ablation;

    /** Each ranking feature switched off in turn: what the ablation table measures. */
    private static final Map<String, RankingFeatures> ABLATIONS = ablations();

    private static Map<String, RankingFeatures> ablations() {
        Map<String, RankingFeatures> variants = new LinkedHashMap<>();
        variants.put("docsift (all features)", RankingFeatures.ALL);
        for (RankingFeature feature : RankingFeature.values()) {
            variants.put("- " + feature.label(), RankingFeatures.ALL.without(feature));
        }
        return variants;
    }

    @Override
    public Integer call() throws Exception {
        boolean isCorpus = target != null && target.corpus != null;
        List<Article> articles = isCorpus ? CorpusArticles.read(target.corpus) : List.of(parse(article()));
        List<JudgedQuery> all = JudgedQueries.load(queries);
        Evaluator.Selection selection = Evaluator.answerableIn(all, articles);
        System.out.print(isCorpus ? corpusHeader(articles) : articleHeader(articles.getFirst()));
        System.out.printf("Queries %s: %d, evaluated %d, skipped %d (best section not in this %s).%n%n", queries,
                all.size(), selection.kept().size(), selection.skipped().size(), isCorpus ? "corpus" : "article");
        RankerReport docsift;
        RankerReport baseline;
        try (DocsiftRanker ranker = DocsiftRanker.of(articles); BaselineRanker plain = BaselineRanker.of(articles)) {
            docsift = Evaluator.run(selection.kept(), ranker);
            baseline = Evaluator.run(selection.kept(), plain);
        }
        System.out.print(ReportTable.sideBySide(List.of(docsift, baseline)));
        if (ablation) {
            System.out.println();
            System.out.print(ReportTable.compact(ablate(articles, selection.kept(), baseline)));
        }
        if (verbose) {
            System.out.println();
            System.out.print(ReportTable.misses(docsift, isCorpus));
        }
        return 0;
    }

    private Path article() {
        return target != null && target.article != null ? target.article : DEFAULT_ARTICLE;
    }

    private static Article parse(Path file) throws IOException {
        return new MarkdownParser().parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    private String articleHeader(Article parsed) {
        return String.format("Article %s: %d sections. ", article(), parsed.sections().size());
    }

    private String corpusHeader(List<Article> articles) {
        int sections = articles.stream().mapToInt(a -> a.sections().size()).sum();
        return String.format("Corpus %s: %d articles, %d sections. ", target.corpus, articles.size(), sections);
    }

    private static List<RankerReport> ablate(List<Article> articles, List<JudgedQuery> queries, RankerReport baseline)
            throws IOException {
        List<RankerReport> reports = new ArrayList<>();
        for (Map.Entry<String, RankingFeatures> variant : ABLATIONS.entrySet()) {
            try (DocsiftRanker ranker = DocsiftRanker.of(articles, variant.getKey(), variant.getValue())) {
                reports.add(Evaluator.run(queries, ranker));
            }
        }
        reports.add(baseline);
        return reports;
    }
}
