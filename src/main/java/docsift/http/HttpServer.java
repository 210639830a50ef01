package docsift.http;

import docsift.analytics.SearchAnalytics;
import docsift.app.ArticlePage;
import docsift.app.Articles;
import docsift.app.Operations;
import docsift.app.RebuildStatus;
import docsift.metrics.Metrics;
import docsift.replica.Primary;
import docsift.search.ArticleList;
import docsift.search.Catalog;
import docsift.search.ExampleQueries;
import docsift.search.InvalidRequestException;
import docsift.search.SearchRequest;
import docsift.search.SearchService;
import docsift.search.SectionView;
import docsift.settings.SiteSettings;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of docsift: {@code /search}, the section, article and health APIs, article pages and the
 * static front end, all set up in one {@code Javalin.create}. Errors are mapped to JSON in one place.
 * Owns the Javalin instance; thread-safe once started.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    /**
     * Connections beyond this wait in the kernel's accept backlog instead of taking memory here; with the
     * bounded thread pool this bounds what a flood of clients can make the server hold.
     */
    private static final int MAX_CONNECTIONS = 1024;
    /**
     * Request line plus headers. A 1,000-character q of 4-byte characters is 12,000 bytes %-encoded, so an
     * over-long q still reaches our handler and its JSON 400; past this Jetty answers a JSON 431 or 414. The
     * bound is per connection: 1,024 connections part-way through a header hold at most 32 MiB.
     */
    static final int MAX_HEADER_BYTES = 32 * 1024;
    /** A follower of a rebuild holds a request thread while it waits: bounded, like any long poll. */
    private static final int MAX_REBUILD_WAIT_SECONDS = 60;

    /**
     * What the server serves: search, the catalogue and article pages, and the application's operations
     * (health, rebuilds), which are all the edge knows of indexing; on the server that indexes, the
     * replication primary whose points read replicas copy (null: no replication endpoints); and the site's
     * settings from its {@code docsift.yml} (title, live-site links, versions, examples, embedding origins).
     */
    public record Services(SearchService search, Catalog catalog, Articles pages, Operations operations,
                           Primary primary, SiteSettings site) {
        public Services {
            site = site == null ? SiteSettings.DEFAULTS : site;
        }

        /** A server without site settings (docsift's defaults). */
        public Services(SearchService search, Catalog catalog, Articles pages, Operations operations,
                        Primary primary) {
            this(search, catalog, pages, operations, primary, null);
        }

        /** A server that publishes nothing to replicas, without site settings. */
        public Services(SearchService search, Catalog catalog, Articles pages, Operations operations) {
            this(search, catalog, pages, operations, null, null);
        }
    }

    private final Services services;
    private final ServerSettings settings;
    private final AdminAccess admin;
    private final HostAllowList hosts;
    private final SearchAdmission admission;
    /** Jetty's request threads; expensive searches' answers are written on them too. */
    private final QueuedThreadPool requestThreads;
    private final SearchWarmup warmup;
    private final SearchAnswers answers;
    private final ExampleQueries examples;
    private final Metrics metrics;
    private final SearchAnalytics analytics;
    private final boolean ownsMetrics;
    private final Javalin app;

    /** A server that counts into a registry of its own (a read replica's), without search analytics. */
    public HttpServer(Services services, ServerSettings settings) {
        this(services, settings, new Metrics(), null, true);
    }

    /**
     * @param metrics   where requests and searches are counted; read from by {@code GET /metrics}
     * @param analytics where searches and opened hits are recorded, or null when search analytics are off
     */
    public HttpServer(Services services, ServerSettings settings, Metrics metrics, SearchAnalytics analytics) {
        this(services, settings, metrics, analytics, false);
    }

    private HttpServer(Services services, ServerSettings settings, Metrics metrics, SearchAnalytics analytics,
                       boolean ownsMetrics) {
        this.metrics = metrics;
        this.analytics = analytics;
        this.ownsMetrics = ownsMetrics;
        this.services = services;
        this.settings = settings;
        this.admin = new AdminAccess(settings.adminToken(), new Callers(settings.trustedProxies()));
        this.hosts = new HostAllowList(settings.host(), settings.allowedHosts());
        this.admission = new SearchAdmission(settings.searches());
        this.requestThreads = threadPool(settings.maxThreads());
        this.warmup = new SearchWarmup(services.catalog(), services.search(), admission,
                services.operations()::passRunning);
        this.answers = new SearchAnswers(services.search(), settings.cacheSize());
        this.examples = new ExampleQueries(services.catalog(), services.search(), services.site().examples());
        metrics.resultCache(answers::hits, answers::misses);
        this.app = Javalin.create(this::configure);
    }

    /** Starts listening; returns the actual port (useful with port 0). */
    public int start() {
        app.start(settings.host(), settings.port());
        warmup.start();
        return app.port();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        // Javalin's own bound on the bodies it reads into memory (ctx.body()); Jetty's limit is the same.
        config.http.maxRequestSize = RequestBodies.MAX_BYTES;
        // No ETags on dynamic answers: Javalin computes them by checksumming every response body byte by
        // byte, which JFR showed was 77% of CPU at 32 connections, and /search answers are no-store anyway.
        // Static files keep the ETags Jetty's resource service derives from file metadata.
        config.http.generateEtags = false;
        configureJetty(config);
        config.bundledPlugins.enableGlobalHeaders(SecurityHeaders::configured);
        CrossOrigin.configure(config, settings.corsOrigin(), services.site().embedOrigins());
        StaticWeb.configure(config, settings.webDir());
        config.routes.before(hosts::check);
        config.routes.before(RequestBodies::check);
        config.routes.beforeMatched(ctx -> {
            if (ctx.routeRoles().contains(AdminAccess.Role.ADMIN)) {
                admin.check(ctx);
            }
        });
        routes(config);
        ErrorMapping.register(config);
    }

    private void routes(JavalinConfig config) {
        getAndHead(config, "/search", this::search);
        getAndHead(config, "/api/articles", this::articles);
        getAndHead(config, "/api/site", this::site);
        getAndHead(config, "/api/sections/<id>", this::section);
        getAndHead(config, "/api/marks", this::marks);
        getAndHead(config, "/articles/<id>", this::articlePage);
        getAndHead(config, "/health", this::health);
        getAndHead(config, "/openapi.json", this::openApi);
        config.routes.post("/api/reindex", this::reindex, AdminAccess.Role.ADMIN);
        getAndHead(config, "/api/reindex/<id>", this::rebuildStatus, AdminAccess.Role.ADMIN);
        if (services.primary() != null) {
            new ReplicationRoutes(services.primary(), admin).register(config);
        }
        ServerMetrics.configure(config, metrics);
        AnalyticsRoutes.configure(config, analytics);
    }

    /**
     * A GET route that HEAD answers too, with the same status and headers and no body (Jetty drops the body
     * of a HEAD answer). Javalin's own HEAD for a GET route answers 200 without running it.
     */
    private static void getAndHead(JavalinConfig config, String path, Handler handler, AdminAccess.Role... roles) {
        config.routes.get(path, handler, roles);
        config.routes.head(path, handler, roles);
    }

    /** Bounded threads, connections, header size, header time and bodies; JSON for Jetty's own refusals. */
    private void configureJetty(JavalinConfig config) {
        config.jetty.threadPool = requestThreads;
        config.jetty.modifyServer(server -> {
            server.insertHandler(RequestBodies.jettyLimit());
            server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
            server.addBean(new SlowHeaderGuard(server));
            server.setErrorHandler(new JsonErrorHandler());
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
        });
    }

    private static QueuedThreadPool threadPool(int maxThreads) {
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
        pool.setName("docsift-http");
        return pool;
    }

    /**
     * An ordinary search runs on this request thread, in a slot of its lane; an expensive one is handed to
     * its lane's threads and this request thread returns to the pool at once, the answer written later by
     * a request thread again (a lane thread never waits on a slow client).
     */
    private void search(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        if (SearchAdmission.expensive(request)) {
            // Parked first, so that a full lane's refusal is thrown here, like the ordinary lane's. The answer
            // or the refusal after the wait (which Javalin writes where the future fails) goes back to a
            // request thread: neither a lane thread nor the lane's expiry timer writes to a client.
            CompletableFuture<SearchAnswers.Answered> written = admission.park(() -> answered(request))
                    .whenCompleteAsync((answer, refusal) -> {
                        if (answer != null) {
                            send(ctx, request, answer);
                        }
                    }, requestThreads);
            ctx.future(() -> written);
            return;
        }
        SearchAnswers.Answered answer;
        try (SearchAdmission.Slot slot = admission.enter()) {
            answer = answered(request);
        }
        send(ctx, request, answer);
    }

    private SearchAnswers.Answered answered(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        SearchAnswers.Answered answer = answers.answered(request);
        metrics.search(Duration.ofNanos(System.nanoTime() - start));
        return answer;
    }

    private void send(Context ctx, SearchRequest request, SearchAnswers.Answered answer) {
        if (analytics != null && request.offset() == 0 && ctx.method() == io.javalin.http.HandlerType.GET) {
            // Later pages of the same search are the same search; a HEAD is no search at all.
            analytics.searched(request.query(), answer.total());
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Json.CONTENT_TYPE).result(answer.json());
    }

    /** The articles sorted by id, all or a page ({@code offset}, {@code limit}); the total in X-Total-Count. */
    private void articles(Context ctx) throws IOException {
        int offset = SearchParams.intParam(ctx, "offset", 0);
        int limit = SearchParams.intParam(ctx, "limit", Integer.MAX_VALUE);
        if (offset < 0) {
            throw new InvalidRequestException("invalid_offset", "offset must be 0 or more");
        }
        if (limit < 1) {
            throw new InvalidRequestException("invalid_limit", "limit must be 1 or more");
        }
        ArticleList list = services.catalog().articles(offset, limit);
        ctx.header("X-Total-Count", String.valueOf(list.total()));
        Json.ok(ctx, list.articles());
    }

    /** What the start page shows of the site: its title and example queries that find something. */
    private void site(Context ctx) throws IOException {
        Json.ok(ctx, new SiteInfo(services.site().title(), examples.examples()));
    }

    /** What an article page opened from a hit marks: the forms the snippets mark, for that article. */
    private void marks(Context ctx) throws IOException {
        String article = SearchParams.single(ctx, "article");
        if (article == null || article.isBlank()) {
            throw new InvalidRequestException("missing_article", "article is required: the id of an article");
        }
        ctx.header("Cache-Control", "no-store");
        Json.ok(ctx, services.search().markedForms(SearchParams.single(ctx, "q"), article));
    }

    private void section(Context ctx) throws IOException {
        SectionView view = services.catalog().section(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundException("no section with id '" + ctx.pathParam("id") + "'"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("section", view);
        body.put("html", services.pages().sectionHtml(view.markdown()));
        Json.ok(ctx, body);
    }

    private void articlePage(Context ctx) {
        String id = ctx.pathParam("id");
        ArticlePage article = services.pages().page(id)
                .orElseThrow(() -> new NotFoundException("no article '" + id + "'"));
        ctx.header("Cache-Control", "no-cache");
        ctx.html(ArticlePageHtml.page(article));
    }

    private void health(Context ctx) throws IOException {
        Json.ok(ctx, services.operations().health());
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream spec = HttpServer.class.getResourceAsStream("/openapi.json")) {
            if (spec == null) {
                throw new NotFoundException("no OpenAPI document in this build");
            }
            ctx.contentType("application/json; charset=utf-8").result(spec.readAllBytes());
        }
    }

    /** Queues a full rebuild on the indexing thread: 202, and where to follow it. An admin call. */
    private void reindex(Context ctx) {
        LOG.info("Full rebuild requested by {}", ctx.req().getRemoteAddr());
        RebuildStatus job = services.operations().requestRebuild();
        ctx.header("Location", "/api/reindex/" + job.id());
        Json.send(ctx, 202, job);
    }

    /** A rebuild's state; with {@code wait=N} (seconds, at most 60) once it finished or after N seconds. */
    private void rebuildStatus(Context ctx) throws InterruptedException {
        int wait = SearchParams.intParam(ctx, "wait", 0);
        if (wait < 0 || wait > MAX_REBUILD_WAIT_SECONDS) {
            throw new InvalidRequestException("invalid_wait", "wait must be between 0 and " + MAX_REBUILD_WAIT_SECONDS
                    + " seconds");
        }
        String id = ctx.pathParam("id");
        Json.ok(ctx, services.operations().rebuild(id, Duration.ofSeconds(wait))
                .orElseThrow(() -> new NotFoundException("no rebuild with id '" + id + "'")));
    }

    @Override
    public void close() {
        // Admission first: searches still parked are refused while their clients can still be answered.
        warmup.close();
        admission.close();
        app.stop();
        if (ownsMetrics) {
            metrics.close();
        }
    }
}
