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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        if (verbose) {
            System.out.println();
            System.out.print(ReportTable.misses(docsift));
        }
        return 0;
    }
}
