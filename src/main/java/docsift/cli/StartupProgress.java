package docsift.cli;

import docsift.Application;
import docsift.corpus.CorpusFile;
import docsift.corpus.CorpusReader;
import docsift.corpus.IndexingProblem;
import docsift.corpus.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What {@code serve} prints while the application starts: once the server answers, the corpus is listed and the
 * catch-up's progress drawn; once it is over, the files it could not index and those it left out. Told of files
 * from the indexing threads: thread-safe (the progress is set before the catch-up's first file, which happens
 * after {@link #catchingUp} on the same start-up thread's hand-over to the indexing thread).
 */
final class StartupProgress implements Application.StartupListener {
    private final CorpusReader reader;
    private final PrintWriter err;
    private final Duration lineInterval;
    private final boolean watching;
    private volatile List<CorpusFile> articles = List.of();
    private volatile IndexProgress progress;

    StartupProgress(CorpusReader reader, PrintWriter err, Duration lineInterval, boolean watching) {
        this.reader = reader;
        this.err = err;
        this.lineInterval = lineInterval;
        this.watching = watching;
    }

    /**
     * Lists the corpus now, as the catch-up begins: with an existing index answers already come from its last
     * commit, so the listing is off the path to the first answer.
     */
    @Override
    public void catchingUp() {
        try {
            articles = reader.list();
        } catch (IOException e) {
            // The catch-up lists the corpus itself and reports what fails; progress is only a courtesy.
            err.println("docsift: cannot list " + reader.root() + " for progress: " + e.getMessage());
        }
        if (articles.isEmpty()) {
            err.println("docsift: " + Locations.noArticles(reader) + " yet; serving an empty index"
                    + (watching ? " and watching for new files" : ""));
        }
        progress = IndexProgress.start(articles, err, lineInterval);
    }

    @Override
    public void fileDone(CorpusFile file) {
        IndexProgress current = progress;
        if (current != null) {
            current.accept(file);
        }
    }

    /** Ends the progress, then names the files not indexed and why. */
    void finish(SyncReport report, Set<String> indexed) throws IOException {
        IndexProgress current = progress;
        progress = null;
        if (current != null) {
            current.close();
        }
        for (IndexingProblem problem : report.problems()) {
            err.println("docsift: not indexed: " + problem.message());
        }
        SkippedFiles.of(reader, articles, indexed, report.problems()).print(err);
    }
}
