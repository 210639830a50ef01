package docsift.cli;

import docsift.Application;
import docsift.ReplicaApplication;
import docsift.analytics.SearchAnalytics;
import docsift.corpus.CorpusReader;
import docsift.corpus.CorpusWatcher;
import docsift.http.SearchAdmission;
import docsift.http.ServerSettings;
import docsift.metrics.Metrics;
import docsift.replica.Replica;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code docsift serve}: checks the corpus, the index folder and the port, serves the API, the pages and the front
 * end from the index's last commit, brings the index up to date (with progress), and re-indexes each article as
 * it changes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Index the corpus if needed, then serve /search, the article pages and the front end.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    CorpusOption corpusOption;

    @Mixin
    IndexOption indexOption;

    @Mixin
    ProgressOption progressOption;

    @Option(names = "--web", description = "Serve the front end from this folder instead of the copy inside the jar "
            + "(for working on web/ without rebuilding).")
    Path web;

    @Mixin
    AdminTokenOption adminTokenOption;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients may use for this server besides localhost and IP addresses; "
                    + "requests naming any other host get 421 (against DNS rebinding). Repeatable.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--trusted-proxy", paramLabel = "ADDR",
            description = "IP address of a reverse proxy in front of the server: only its X-Forwarded-For/Forwarded "
                    + "headers are believed, and a client it forwards is never treated as this machine. Repeatable.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--max-searches", defaultValue = "0",
            description = "Searches run at once; more wait briefly, then get 503 (default: the number of cores).")
    int maxSearches;

    @Option(names = "--search-queue", defaultValue = "32",
            description = "Ordinary searches that may wait for a slot, up to 0.5 s each; expensive ones wait off the "
                    + "request threads, up to 256; 0: none wait (default: ${DEFAULT-VALUE}).")
    int searchQueue;

    @Option(names = "--search-time-limit", defaultValue = "2000", paramLabel = "MS",
            description = "Milliseconds one search may run; what it found by then is answered with \"timedOut\": true "
                    + "(default: ${DEFAULT-VALUE}).")
    int searchTimeLimitMillis;

    @Option(names = "--cors-origin", description = "Origin allowed to search and to embed the search from browsers, besides docsift.yml embed.origins (default: none).")
    String corsOrigin;

    @Option(names = "--threads", defaultValue = "32", description = "Maximum request threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--cache-size", defaultValue = "" + ServerSettings.DEFAULT_CACHE_SIZE,
            description = "Answers of /search kept for repeated requests; 0 turns the cache off (default: ${DEFAULT-VALUE}).")
    int cacheSize;

    @Option(names = "--no-watch", description = "Do not re-index articles as they change (default: watch the corpus).")
    boolean noWatch;

    @Option(names = "--no-analytics", description = "Do not record searches and opened hits (default: record them, "
            + "without IP addresses or user ids).")
    boolean noAnalytics;

    @Mixin
    AnalyticsDirOption analyticsDirOption;

    @Option(names = "--analytics-retention-days", defaultValue = "90", paramLabel = "DAYS",
            description = "Search analytics older than this are deleted (default: ${DEFAULT-VALUE}).")
    int retentionDays;

    @Option(names = "--replicate-from", paramLabel = "URL", description = "Serve as a read replica of the docsift "
            + "at URL (give both the same --admin-token): copy its index into --index and follow it; no corpus is read.")
    URI replicateFrom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (searchTimeLimitMillis < 1) {
            throw new CommandFailure("--search-time-limit must be 1 ms or more, not " + searchTimeLimitMillis);
        }
        ServerSettings settings = settings();
        if (replicateFrom != null) {
            return replica(settings);
        }
        if (retentionDays < 1) {
            throw new CommandFailure("--analytics-retention-days must be 1 or more, not " + retentionDays);
        }
        CorpusReader reader = Locations.corpus(corpusOption.corpus);
        Locations.writableIndex(indexOption.index);
        checkPortIsFree(host, port);
        // One catch-up, the application's own, after the server answers from the last commit: see Application.
        StartupProgress startup = new StartupProgress(reader, spec.commandLine().getErr(),
                Duration.ofSeconds(progressOption.intervalSeconds), !noWatch);
        Deque<AutoCloseable> owned = new ArrayDeque<>();
        try {
            Metrics metrics = own(owned, new Metrics());
            SearchAnalytics analytics = noAnalytics ? null : own(owned, SearchAnalytics.open(
                    new SearchAnalytics.Settings(analyticsDirOption.analyticsDir, Duration.ofDays(retentionDays))));
            Application app = own(owned, Application.start(new Application.Config(reader.root(), indexOption.index,
                    settings, noWatch ? null : CorpusWatcher.Settings.DEFAULT, null, null, metrics, analytics,
                    reader.site(), startup)));
            startup.finish(app.startupReport(), app.articles());
            System.out.printf("docsift is serving %s on http://%s:%d/%n", corpusOption.corpus, host, app.port());
        } catch (Exception e) {
            closeAll(owned);
            throw e;
        }
        awaitShutdown(owned);
        return 0;
    }

    private static <T extends AutoCloseable> T own(Deque<AutoCloseable> owned, T resource) {
        owned.push(resource);
        return resource;
    }

    /** Serves until the JVM is asked to stop; then closes the server, the analytics and the metrics, in that order. */
    private static void awaitShutdown(Deque<AutoCloseable> owned) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeAll(owned);
            stopped.countDown();
        }, "docsift-shutdown"));
        stopped.await();
    }

    private static void closeAll(Deque<AutoCloseable> owned) {
        while (!owned.isEmpty()) {
            AutoCloseable resource = owned.pop();
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("docsift: closing " + resource.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }

    private ServerSettings settings() throws IOException {
        String token = adminTokenOption.token();
        int searches = maxSearches > 0 ? maxSearches : Runtime.getRuntime().availableProcessors();
        return new ServerSettings(host, port, web, token, corsOrigin, threads, cacheSize)
                .withAllowedHosts(allowedHosts).withTrustedProxies(trustedProxies)
                .withSearches(SearchAdmission.Limits.of(searches, searchQueue)
                        .withTimeLimit(Duration.ofMillis(searchTimeLimitMillis)));
    }

    /** Serves a read replica of {@code --replicate-from}: no corpus, the index copied from the primary. */
    private int replica(ServerSettings settings) throws Exception {
        checkPortIsFree(host, port);
        ReplicaApplication app = ReplicaApplication.start(new Replica.Settings(replicateFrom, settings.adminToken(),
                indexOption.index, Replica.Settings.DEFAULT_POLL), settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "docsift-shutdown"));
        System.out.printf("docsift is serving a replica of %s on http://%s:%d/%n", replicateFrom, host, app.port());
        stopped.await();
        return 0;
    }

    /**
     * Fails fast, before minutes of indexing, when the port is taken. A check, not a reservation: something may
     * still take the port in between, and then the server's own start fails.
     */
    static void checkPortIsFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            if (e.getMessage() == null || !e.getMessage().contains("in use")) {
                throw new CommandFailure("cannot listen on " + host + ":" + port + ": " + e.getMessage());
            }
            throw new CommandFailure("cannot listen on " + host + ":" + port + ": the port is in use (stop what "
                    + "listens there, or choose another with --port)");
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            throw new CommandFailure("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }
}
