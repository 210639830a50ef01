package docsift;

import docsift.analytics.SearchAnalytics;
import docsift.app.Operations;
import docsift.app.RenderedArticles;
import docsift.app.ServiceOperations;
import docsift.app.WritePathWarmup;
import docsift.corpus.ArticlePages;
import docsift.corpus.CorpusFile;
import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusReader;
import docsift.corpus.CorpusWatcher;
import docsift.corpus.IndexingQueue;
import docsift.corpus.SyncReport;
import docsift.http.HttpServer;
import docsift.http.ServerSettings;
import docsift.index.IndexStore;
import docsift.markdown.ArticleRenderer;
import docsift.markdown.MarkdownParser;
import docsift.metrics.Metrics;
import docsift.replica.Primary;
import docsift.search.Catalog;
import docsift.search.SearchService;
import docsift.search.rank.RankingFeatures;
import docsift.search.view.Searchers;
import docsift.settings.SiteSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by constructor: index store, searchers, indexer, the one indexing queue, HTTP
 * server and corpus watcher. Construction starts serving the index's last commit (an empty index is first
 * built), then watches the corpus and brings the index up to date with it (on the indexing thread, like every
 * later change); {@link #close()}
 * stops the watcher first, then releases everything in reverse order. Used by {@code serve} and by tests,
 * which start it on port 0.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final SyncReport NOTHING = new SyncReport(List.of(), List.of(), 0, List.of(), 0, 0);

    /**
     * Where the corpus and index live, how to serve them, and how to follow changes of the corpus.
     *
     * @param watch          how the watcher coalesces changes, or null to not watch the corpus (changes are then
     *                       picked up at the next start or by {@code POST /api/reindex})
     * @param onWatchPass    called on the indexing thread after each pass after start-up (watcher batches,
     *                       rebuilds, retries), once the change is searchable; for tests and benchmarks
     * @param indexDirectory opens the index folder as a Lucene directory: {@code FSDirectory::open} unless a
     *                       test injects faults
     * @param metrics        where the service counts what it does (GET /metrics), or null for a registry of its own
     * @param analytics      where searches and opened hits are recorded (owned by the caller), or null for none
     * @param site           the corpus' site settings as already read (by {@code serve}), or null to read its
     *                       {@code docsift.yml} at start
     * @param startup        told when the server answers and of each file the start-up catch-up reads (the
     *                       command line's progress), or null
     */
    public record Config(Path corpus, Path index, ServerSettings server, CorpusWatcher.Settings watch,
                         Consumer<SyncReport> onWatchPass, IndexStore.DirectoryFactory indexDirectory,
                         Metrics metrics, SearchAnalytics analytics, SiteSettings site, StartupListener startup) {
        public Config {
            onWatchPass = onWatchPass == null ? report -> { } : onWatchPass;
            indexDirectory = indexDirectory == null ? IndexStore.DirectoryFactory.FILES : indexDirectory;
            startup = startup == null ? new StartupListener() { } : startup;
        }

        /** Nothing told of the start-up. */
        public Config(Path corpus, Path index, ServerSettings server, CorpusWatcher.Settings watch,
                      Consumer<SyncReport> onWatchPass, IndexStore.DirectoryFactory indexDirectory,
                      Metrics metrics, SearchAnalytics analytics, SiteSettings site) {
            this(corpus, index, server, watch, onWatchPass, indexDirectory, metrics, analytics, site, null);
        }

        /** The site settings read from the corpus at start. */
        public Config(Path corpus, Path index, ServerSettings server, CorpusWatcher.Settings watch,
                      Consumer<SyncReport> onWatchPass, IndexStore.DirectoryFactory indexDirectory,
                      Metrics metrics, SearchAnalytics analytics) {
            this(corpus, index, server, watch, onWatchPass, indexDirectory, metrics, analytics, null);
        }

        /** Counting into a registry of the application's own. */
        public Config(Path corpus, Path index, ServerSettings server, CorpusWatcher.Settings watch,
                      Consumer<SyncReport> onWatchPass, IndexStore.DirectoryFactory indexDirectory) {
            this(corpus, index, server, watch, onWatchPass, indexDirectory, null, null);
        }

        /** Serves and watches the corpus with the default settings. */
        public Config(Path corpus, Path index, ServerSettings server) {
            this(corpus, index, server, CorpusWatcher.Settings.DEFAULT, null, null, null, null);
        }

        /** Serves with this watcher (null: none) and pass listener, on the index folder as it is. */
        public Config(Path corpus, Path index, ServerSettings server, CorpusWatcher.Settings watch,
                      Consumer<SyncReport> onWatchPass) {
            this(corpus, index, server, watch, onWatchPass, null, null, null);
        }
    }

    /**
     * What start-up tells its caller, in order: the catch-up begins ({@link #catchingUp}), then each file it has
     * read ({@link #fileDone}, from several indexing threads at once), until {@code start} returns.
     */
    public interface StartupListener {
        /**
         * The start-up catch-up begins: once the server answers from the index's last commit, or, when the index
         * is empty (a first build), before the server listens.
         */
        default void catchingUp() {
        }

        /** The start-up catch-up has read this file; must be thread-safe and quick. */
        default void fileDone(CorpusFile file) {
        }
    }

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Operations operations;
    private final CorpusIndexer indexer;
    /** Closed before everything else, so no change is queued to a closing index; null when not watching. */
    private CorpusWatcher watcher;
    private final HttpServer server;
    private final int port;
    private final SyncReport startupReport;
    private final SiteSettings site;
    /** Set once the start-up catch-up is over: files of later passes are not reported as start-up progress. */
    private volatile boolean startupDone;

    /**
     * Serves first, then catches up: the server answers from the index's last commit as soon as it listens, while
     * the watcher registers its folders and the catch-up runs (GET /health says so). An empty index is built
     * before the server listens instead. Returns once caught up.
     */
    private Application(Config config) throws IOException {
        try {
            Metrics metrics = config.metrics() != null ? config.metrics() : own(new Metrics());
            IndexStore store = own(IndexStore.openOrRecover(config.index(), config.indexDirectory()));
            Searchers searchers = own(new Searchers(store.directory()));
            Primary primary = own(new Primary(store::writer, Searchers.factory()));
            MarkdownParser parser = new MarkdownParser();
            // Settings first: a bad docsift.yml fails the start before anything listens (SettingsException).
            SiteSettings site = config.site() != null ? config.site() : SiteSettings.load(config.corpus());
            CorpusReader reader = new CorpusReader(config.corpus(), CorpusReader.DEFAULT_MAX_BYTES, site);
            this.site = site;
            indexer = new CorpusIndexer(reader, parser, store, () -> afterCommit(searchers, primary),
                    file -> tellStartup(config.startup(), file));
            IndexingQueue queue = own(new IndexingQueue(indexer, IndexingQueue.Backoff.DEFAULT,
                    counted(metrics, config.onWatchPass())));
            watcher = config.watch() == null ? null : new CorpusWatcher(reader.root(), queue, config.watch());
            Catalog catalog = new Catalog(searchers);
            operations = new ServiceOperations(indexer, store, queue, watcher, catalog);
            countIndex(metrics, catalog, store);
            HttpServer.Services services = new HttpServer.Services(searchService(searchers, config, site), catalog,
                    new RenderedArticles(new ArticlePages(reader, parser, new ArticleRenderer())), operations, primary,
                    site);
            server = own(new HttpServer(services, config.server(), metrics, config.analytics()));
            countAnalytics(metrics, config.analytics());
            if (catalog.documentCount() == 0) {
                // A first build: answering before it would tell every reader "no results", so build, then listen.
                startupReport = followCorpus(queue, metrics, config.startup());
                port = server.start();
            } else {
                port = server.start();
                startupReport = followCorpus(queue, metrics, config.startup());
                warmWritePath(reader, parser);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Watches the corpus, then catches up with it. Watching starts first, so a file saved during the catch-up is
     * not missed: its pass follows the catch-up on the one indexing thread.
     */
    private SyncReport followCorpus(IndexingQueue queue, Metrics metrics, StartupListener startup)
            throws IOException {
        if (watcher != null) {
            watcher.start();
        }
        startup.catchingUp();
        SyncReport report = catchUp(queue);
        startupDone = true;
        metrics.indexPass(report);
        return report;
    }

    /**
     * After a catch-up that read no file, runs the write path once on a throwaway index, so the first save is not
     * the first time it runs (a catch-up that wrote articles has run it already).
     */
    private void warmWritePath(CorpusReader reader, MarkdownParser parser) {
        if (startupReport.indexed().isEmpty()) {
            indexer.committedArticles().keySet().stream().min(String::compareTo)
                    .ifPresent(article -> WritePathWarmup.run(reader, parser, article));
        }
    }

    /** Each pass after start-up counted in the metrics, then passed on. */
    private static Consumer<SyncReport> counted(Metrics metrics, Consumer<SyncReport> onPass) {
        return report -> {
            metrics.indexPass(report);
            onPass.accept(report);
        };
    }

    /** Passes each file of the start-up catch-up on; later passes are not the start-up's. */
    private void tellStartup(StartupListener listener, CorpusFile file) {
        if (!startupDone) {
            listener.fileDone(file);
        }
    }

    /** Lets the metrics read the index's size and document count and the indexing counters. */
    private void countIndex(Metrics metrics, Catalog catalog, IndexStore store) {
        metrics.index(catalog::documentCount, store.path());
        metrics.indexing(operations::counters);
    }

    /** Lets the metrics read the analytics' counts, when search analytics are on (non-null). */
    private static void countAnalytics(Metrics metrics, SearchAnalytics analytics) {
        if (analytics != null) {
            metrics.analytics(analytics::recorded, analytics::dropped);
        }
    }

    /** The search service, owned here: searches stop at the server's time limit, hits link to the live site. */
    private SearchService searchService(Searchers searchers, Config config, SiteSettings site) {
        return own(new SearchService(searchers, RankingFeatures.ALL, config.server().searches().timeLimit(), site));
    }

    /** Opens the index, catches up with the corpus and starts serving. */
    public static Application start(Config config) throws IOException {
        return new Application(config);
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** What the start-up catch-up did (nothing when it failed: then /health says why, and it is retried). */
    public SyncReport startupReport() {
        return startupReport;
    }

    /** Ids of the articles in the index now. */
    public java.util.Set<String> articles() {
        return indexer.committedArticles().keySet();
    }

    /** The corpus' site settings, read once at start. */
    public SiteSettings site() {
        return site;
    }

    /** What the HTTP edge may ask of the application: health, rebuilds, counters (for metrics too). */
    public Operations operations() {
        return operations;
    }

    private static SyncReport catchUp(IndexingQueue queue) throws IOException {
        try {
            Optional<SyncReport> report = queue.catchUpAtStart();
            report.ifPresent(Application::logCatchUp);
            return report.orElse(NOTHING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted during the start-up catch-up");
        }
    }

    private static void logCatchUp(SyncReport report) {
        LOG.info("Index up to date: {} articles written, {} deleted, {} unchanged, {} problems, in {} ms",
                report.indexed().size(), report.deleted().size(), report.unchanged(), report.problems().size(),
                report.tookMs());
    }

    private <T extends AutoCloseable> T own(T resource) {
        resources.push(resource);
        return resource;
    }

    /** After each commit: new searchers here, then the same point published to read replicas. */
    private static void afterCommit(Searchers searchers, Primary primary) {
        try {
            searchers.refresh();
            primary.publish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Failed to close {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
