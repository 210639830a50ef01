package docsift.cli;

import docsift.Application;
import docsift.corpus.CorpusWatcher;
import docsift.http.ServerSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docsift serve}: brings the index up to date, then serves the API, the pages and the front end, and
 * re-indexes each article as it changes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Index the corpus if needed, then serve /search, the article pages and web/.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    CorpusOption corpusOption;

    @Mixin
    IndexOption indexOption;

    @Option(names = "--web", defaultValue = "web", description = "Static front-end folder (default: ${DEFAULT-VALUE}).")
    Path web;

    @Option(names = "--admin-token", description = "Bearer token that allows POST /api/reindex from other machines.")
    String adminToken;

    @Option(names = "--cors-origin", description = "Origin allowed to call GET /search from browsers (default: CORS off).")
    String corsOrigin;

    @Option(names = "--threads", defaultValue = "32", description = "Maximum request threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache-size", defaultValue = "" + ServerSettings.DEFAULT_CACHE_SIZE,
            description = "Answers of /search kept for repeated requests; 0 turns the cache off (default: ${DEFAULT-VALUE}).")
    int cacheSize;

    @Option(names = "--no-watch", description = "Do not re-index articles as they change (default: watch the corpus).")
    boolean noWatch;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = new ServerSettings(host, port, web, adminToken, corsOrigin, threads, cacheSize);
        Application app = Application.start(new Application.Config(corpusOption.corpus, indexOption.index, settings,
                noWatch ? null : CorpusWatcher.Settings.DEFAULT, null));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "docsift-shutdown"));
        System.out.printf("docsift is serving %s on http://%s:%d/%n", corpusOption.corpus, host, app.port());
        stopped.await();
        return 0;
    }
}
