package docsift.cli;

import docsift.corpus.CorpusFile;
import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusReader;
import docsift.corpus.IndexingProblem;
import docsift.corpus.SyncReport;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One indexing pass run from the command line: a full rebuild ({@code index}) or the catch-up before serving
 * ({@code serve}), with progress on the error stream, each unreadable file named, and a summary of the files
 * left out and why. Stateless.
 */
final class IndexPass {
    /** What the pass did and which files of the corpus it left out. */
    record Outcome(SyncReport report, SkippedFiles skipped) {
    }

    private IndexPass() {
    }

    /**
     * Runs the pass over the corpus into the index (opened, recovered if needed, and closed here).
     *
     * @param rebuild      re-read every file (else only those that changed since the last commit)
     * @param lineInterval how often progress is written as a line when the error stream is not a terminal
     */
    static Outcome run(CorpusReader reader, Path index, boolean rebuild, PrintWriter err, Duration lineInterval)
            throws IOException {
        List<CorpusFile> articles = reader.list();
        try (IndexStore store = rebuild ? IndexStore.open(index) : IndexStore.openOrRecover(index)) {
            SyncReport report;
            CorpusIndexer indexer;
            try (IndexProgress progress = IndexProgress.start(articles, err, lineInterval)) {
                indexer = new CorpusIndexer(reader, new MarkdownParser(), store, () -> { }, progress);
                report = rebuild ? indexer.rebuild() : indexer.catchUp();
            }
            for (IndexingProblem problem : report.problems()) {
                err.println("docsift: not indexed: " + problem.message());
            }
            SkippedFiles skipped = SkippedFiles.of(reader, articles, indexer.committedArticles().keySet(),
                    report.problems());
            skipped.print(err);
            return new Outcome(report, skipped);
        }
    }
}
