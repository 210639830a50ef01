package docsift.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.Application;
import docsift.corpus.CorpusWatcher;
import docsift.corpus.SyncReport;
import docsift.index.IndexStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A real docsift server on a random port over a private copy of the real corpus, and an HTTP client for
 * it. Tests may add files to {@link #corpus()} before {@link #start()}.
 */
public final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path corpus;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Application app;

    /** A server over a copy of {@code corpus/} in {@code root}. */
    public TestServer(Path root) throws IOException {
        this(root, true);
    }

    /** A server over {@code root/corpus}, first copying the real article there when {@code copyArticle}. */
    public TestServer(Path root, boolean copyArticle) throws IOException {
        this(root, root.resolve("corpus"), copyArticle);
    }

    /** A server over {@code corpus} (which may be a symlink), with its index in {@code root}. */
    public TestServer(Path root, Path corpus, boolean copyArticle) throws IOException {
        this.root = root;
        this.corpus = corpus;
        Files.createDirectories(corpus());
        if (copyArticle) {
            Files.copy(Path.of("corpus/advanced-topics.md"), corpus().resolve("advanced-topics.md"));
        }
    }

    public Path corpus() {
        return corpus;
    }

    /** The index folder the server writes to. */
    public Path index() {
        return root.resolve("index");
    }

    public TestServer start() throws IOException {
        return start(CorpusWatcher.Settings.DEFAULT, null);
    }

    /** Starts with this watcher (null: none) and a listener called after each of its passes. */
    public TestServer start(CorpusWatcher.Settings watch, Consumer<SyncReport> onWatchPass) throws IOException {
        return start(watch, onWatchPass, null, UnaryOperator.identity());
    }

    /** ... and opens the index folder through {@code directories} (null: as it is), to inject write faults. */
    public TestServer start(CorpusWatcher.Settings watch, Consumer<SyncReport> onWatchPass,
                            IndexStore.DirectoryFactory directories) throws IOException {
        return start(watch, onWatchPass, directories, UnaryOperator.identity());
    }

    /** Starts without a watcher, with the test's settings changed by {@code settings}. */
    public TestServer start(UnaryOperator<ServerSettings> settings) throws IOException {
        return start(null, null, null, settings);
    }

    private TestServer start(CorpusWatcher.Settings watch, Consumer<SyncReport> onWatchPass,
                             IndexStore.DirectoryFactory directories, UnaryOperator<ServerSettings> change)
            throws IOException {
        ServerSettings settings = change.apply(new ServerSettings("127.0.0.1", 0, Path.of("web"), null, null, 32));
        app = Application.start(new Application.Config(corpus(), index(), settings, watch, onWatchPass, directories));
        return this;
    }

    public Application app() {
        return app;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** HEAD of {@code pathAndQuery}. */
    public HttpResponse<String> head(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POST /api/reindex, which answers 202 at once, then follows its Location until the rebuild finished
     * (the server holds the request until then: nothing polls); returns the finished job.
     */
    public JsonNode rebuild() throws IOException, InterruptedException {
        HttpResponse<String> queued = post("/api/reindex", null);
        if (queued.statusCode() != 202) {
            throw new AssertionError("HTTP " + queued.statusCode() + ": " + queued.body());
        }
        return followRebuild(queued);
    }

    /** Follows a 202 answer of POST /api/reindex until its job finished. */
    public JsonNode followRebuild(HttpResponse<String> queued) throws IOException, InterruptedException {
        String location = queued.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location"));
        HttpResponse<String> finished = get(location + "?wait=60");
        if (finished.statusCode() != 200) {
            throw new AssertionError("HTTP " + finished.statusCode() + ": " + finished.body());
        }
        return JSON.readTree(finished.body());
    }

    /** GET /search with the query URL-encoded and extra raw parameters appended. */
    public JsonNode search(String q, String extra) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/search?q=" + encode(q) + (extra == null ? "" : "&" + extra));
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }
}
