package docsift.cli;

import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusReader;
import docsift.corpus.IndexingProblem;
import docsift.corpus.SyncReport;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docsift index}: a full build of the index from the corpus, committed at once. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the index from every Markdown file of the corpus (one atomic commit).")
public final class IndexCommand implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "corpus", description = "Folder of Markdown articles (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Override
    public Integer call() throws Exception {
        try (IndexStore store = IndexStore.open(index)) {
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(corpus), new MarkdownParser(), store, () -> { });
            SyncReport report = indexer.rebuild();
            for (IndexingProblem problem : report.problems()) {
                System.err.println("docsift: not indexed: " + problem.message());
            }
            System.out.printf("Indexed %d articles, %d sections in %d ms into %s (%s)%n", report.indexed().size(),
                    report.sections(), report.tookMs(), index, Sizes.human(Sizes.folderSize(index)));
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}
