package docsift.cli;

import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusReader;
import docsift.corpus.IndexingProblem;
import docsift.corpus.SyncReport;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docsift index}: a full build of the index from the corpus, committed at once. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the index from every Markdown file of the corpus (one atomic commit).")
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Mixin
    IndexOption indexOption;

    @Override
    public Integer call() throws Exception {
        try (IndexStore store = IndexStore.open(indexOption.index)) {
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(corpusOption.corpus), new MarkdownParser(), store, () -> { });
            SyncReport report = indexer.rebuild();
            for (IndexingProblem problem : report.problems()) {
                System.err.println("docsift: not indexed: " + problem.message());
            }
            System.out.printf("Indexed %d articles, %d sections in %d ms into %s (%s)%n", report.indexed().size(),
                    report.sections(), report.tookMs(), indexOption.index, Sizes.human(Sizes.folderSize(indexOption.index)));
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}
