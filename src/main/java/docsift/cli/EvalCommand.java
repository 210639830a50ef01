package docsift.cli;

import docsift.eval.JudgedSet;
import docsift.eval.RankerReport;
import docsift.eval.ReportTable;
import docsift.eval.SetEvaluation;
import docsift.eval.SetReport;
import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docsift eval}: scores docsift's ranking and a plain baseline on judged queries over one article, or over
 * every article of a corpus folder, or on every judged set of the project at once ({@code --all}), and prints the
 * tables. Indexes into temporary folders; never touches the real index.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate ranking on judged queries: docsift against a plain BM25 baseline.")
public final class EvalCommand implements Callable<Integer> {
    private static final Path DEFAULT_QUERIES = Path.of("src/test/resources/relevance/queries.jsonl");
    private static final Path DEFAULT_ARTICLE = Path.of("corpus/advanced-topics.md");

    @Option(names = "--queries", description = "Judged queries, JSON Lines (default: "
            + "src/test/resources/relevance/queries.jsonl).")
    Path queries;

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

    @Option(names = "--all", description = "Evaluate every judged set of the project (own v2, held-out, own v1, "
            + "CockroachDB, Fastify; run from the repository's root) in one table.")
    boolean all;

    @Option(names = "--verbose", description = "Also list every miss: expected section and the top 3 returned.")
    boolean verbose;

    @Option(names = "--ablation", description = "Also rank with each feature switched off in turn, one line each.")
    boolean ablation;

    @Override
    public Integer call() throws Exception {
        if (all) {
            return callAll();
        }
        JudgedSet set = singleSet();
        SetReport report = SetEvaluation.run(set, ablation);
        System.out.print(header(set, report));
        System.out.print(ReportTable.sideBySide(List.of(report.docsift(), report.baseline())));
        if (ablation) {
            System.out.println();
            System.out.print(ReportTable.compact(ablationRows(report)));
        }
        if (verbose) {
            System.out.println();
            System.out.print(ReportTable.misses(report.docsift(), set.corpus()));
        }
        return 0;
    }

    /** Every judged set: one table of all kinds, then the ablation across sets and per set, then the misses. */
    private int callAll() throws IOException {
        if (queries != null || target != null) {
            throw new CommandFailure("--all evaluates every judged set: leave out --queries, --article and --corpus");
        }
        List<SetReport> reports = new ArrayList<>();
        for (JudgedSet set : JudgedSet.ALL) {
            reports.add(SetEvaluation.run(checked(set), ablation));
        }
        System.out.print(ReportTable.allSets(reports));
        if (ablation) {
            System.out.println();
            System.out.print(ReportTable.ablationAcrossSets(reports));
            for (SetReport report : reports) {
                System.out.printf("%n%s:%n", report.set().name());
                System.out.print(ReportTable.compact(ablationRows(report)));
            }
        }
        for (SetReport report : verbose ? reports : List.<SetReport>of()) {
            System.out.printf("%n%s: ", report.set().name());
            System.out.print(ReportTable.misses(report.docsift(), report.set().corpus()));
        }
        return 0;
    }

    private static JudgedSet checked(JudgedSet set) {
        if (!Files.exists(set.queries()) || !Files.exists(set.source())) {
            throw new CommandFailure("--all needs the repository's judged sets: run it from the repository's root ("
                    + set.queries() + " or " + set.source() + " is missing)");
        }
        return set;
    }

    private JudgedSet singleSet() {
        Path judged = queries != null ? queries : DEFAULT_QUERIES;
        if (target != null && target.corpus != null) {
            return new JudgedSet("docsift", judged, target.corpus, true);
        }
        return new JudgedSet("docsift", judged, target != null && target.article != null ? target.article
                : DEFAULT_ARTICLE, false);
    }

    private static String header(JudgedSet set, SetReport report) throws IOException {
        List<Article> articles = set.articles();
        int sections = articles.stream().mapToInt(a -> a.sections().size()).sum();
        String text = set.corpus()
                ? String.format("Corpus %s: %d articles, %d sections. ", set.source(), articles.size(), sections)
                : String.format("Article %s: %d sections. ", set.source(), sections);
        return text + String.format("Queries %s: %d, evaluated %d, skipped %d (best section not in this %s).%n%n",
                set.queries(), report.loaded(), report.loaded() - report.skipped(), report.skipped(),
                set.corpus() ? "corpus" : "article");
    }

    /** The ablation table's rows: every feature on, each switched off, the baseline. */
    private static List<RankerReport> ablationRows(SetReport report) {
        List<RankerReport> rows = new ArrayList<>();
        rows.add(new RankerReport("docsift (all features)", report.docsift().results()));
        rows.addAll(report.variants());
        rows.add(report.baseline());
        return rows;
    }
}
