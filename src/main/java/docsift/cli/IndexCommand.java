package docsift.cli;

import docsift.corpus.CorpusReader;
import docsift.corpus.SyncReport;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code docsift index}: a full build of the index from the corpus, committed at once. Checks the corpus and
 * the index folder first, so a build that cannot succeed creates nothing.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the index from every Markdown file of the corpus (one atomic commit).")
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Mixin
    IndexOption indexOption;

    @Mixin
    ProgressOption progressOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CorpusReader reader = Locations.corpus(corpusOption.corpus);
        if (reader.list().isEmpty()) {
            throw new CommandFailure(Locations.noArticles(reader));
        }
        Locations.writableIndex(indexOption.index);
        IndexPass.Outcome outcome = IndexPass.run(reader, indexOption.index, true, spec.commandLine().getErr(),
                Duration.ofSeconds(progressOption.intervalSeconds));
        SyncReport report = outcome.report();
        System.out.printf("Indexed %d articles, %d sections in %d ms into %s (%s)%n", report.indexed().size(),
                report.sections(), report.tookMs(), indexOption.index, Sizes.human(Sizes.folderSize(indexOption.index)));
        return report.problems().isEmpty() ? 0 : 1;
    }
}
