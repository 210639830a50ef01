package docsift.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.Application;
import docsift.http.ServerSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first save after a start: each run starts {@code docsift serve} as a new process (this JVM's flags and
 * class path, so {@code exec:exec@first-save} runs it with the server's flags) on an existing index of v2 of the
 * article, and once it says it is serving (caught up, watching), saves one edit while a reader searches without
 * pause, then asks {@code GET /search} for the edit's new word every 5 ms until it is found. Prints each run's
 * save to first hit, and launch to serving. Run with {@code mvn -q test-compile exec:exec@first-save}
 * ({@code -Dfreshness.runs=N}, default 5). Not a test: nothing here asserts on time.
 */
public final class FirstSaveBenchmark {
    private static final Pattern SERVING = Pattern.compile("docsift is serving .* on http://[^:]+:(\\d+)/");
    private static final int RUNS = Integer.getInteger("freshness.runs", 5);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final ArticleEdits edits;
    private final Path corpus;
    private final Path index;
    private final Path log;

    private FirstSaveBenchmark(ArticleEdits edits, Path root) {
        this.edits = edits;
        this.corpus = root.resolve("corpus");
        this.index = root.resolve("index");
        this.log = root.resolve("serve.log");
    }

    public static void main(String[] args) throws Exception {
        FirstSaveBenchmark benchmark = new FirstSaveBenchmark(ArticleEdits.ofV2(),
                Files.createTempDirectory("docsift-first-save"));
        benchmark.buildIndex();
        List<long[]> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long[] figures = benchmark.run(run);
            runs.add(figures);
            System.out.printf("run %d: launch -> serving %5d ms, save -> first /search hit %5d ms (load %s)%n", run + 1,
                    figures[0], figures[1], FreshnessBenchmark.loadAverage());
        }
        long[] saves = runs.stream().mapToLong(r -> r[1]).sorted().toArray();
        System.out.printf("first save after a start, %d runs: median %d ms, max %d ms%n", saves.length,
                FreshnessBenchmark.percentile(saves, 50), saves[saves.length - 1]);
    }

    /** The index the runs start on: the article built once, in this JVM, without watching. */
    private void buildIndex() throws IOException {
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve(ArticleEdits.ARTICLE), edits.original());
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, null, null, null, 8);
        Application.start(new Application.Config(corpus, index, settings, null, null)).close();
    }

    /** One start and one save: {launch to serving, save to first hit} in milliseconds. */
    private long[] run(int n) throws Exception {
        long launch = System.nanoTime();
        Process server = serve();
        try {
            int port = awaitServing(server).get(120, TimeUnit.SECONDS);
            long serving = System.nanoTime();
            String word = ArticleEdits.uniqueWord(1000 + n);
            try (ContinuousReader reader = ContinuousReader.start(port)) {
                long save = System.nanoTime();
                Files.writeString(corpus.resolve(ArticleEdits.ARTICLE), edits.withWord(n, word));
                long found = awaitHit(port, word);
                return new long[] {(serving - launch) / 1_000_000, (found - save) / 1_000_000};
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code docsift serve} with this JVM's flags and class path; its log goes to serve.log. */
    private Process serve() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "docsift.Main", "serve", "--port", "0",
                "--corpus", corpus.toString(), "--index", index.toString(), "--no-analytics",
                "--progress-interval", "60"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The port from the server's serving line; its output is read to the end so the process never blocks. */
    private static CompletableFuture<Integer> awaitServing(Process server) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        port.complete(Integer.parseInt(serving.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the server exited before serving"));
        });
        return port;
    }

    private long awaitHit(int port, String word) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/search?article=" + ArticleEdits.ARTICLE + "&q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (JSON.readTree(response.body()).path("total").asLong() > 0) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new IllegalStateException("'" + word + "' not searchable within 60 s");
    }
}
