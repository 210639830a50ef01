package docsift.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: {@code docsift serve} in a child JVM, so it can be killed with SIGKILL mid-write: a primary
 * over a corpus, or a read replica. Its output goes to a log file and is scanned for the serving line (which
 * gives the port) and for a line the test asks to await. Not thread-safe to start and stop; {@link #get} may
 * be called from several threads.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("docsift is serving .* on http://[^:]+:(\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private volatile String awaited;
    private volatile CompletableFuture<Void> seen = new CompletableFuture<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, Path log) {
        this.process = process;
        Thread.ofPlatform().daemon().name("server-output").start(() -> pump(log));
    }

    /** Starts a server on a free port over these folders and returns once it serves. */
    static ServerProcess start(Path corpus, Path index, Path web, Path log) throws Exception {
        return start("-Xmx512m", List.of("--corpus", corpus.toString(), "--index", index.toString(), "--web",
                web.toString()), log);
    }

    /**
     * Starts {@code docsift serve --port 0} with these further arguments in a JVM of this heap ({@code -Xmx...})
     * and returns once it serves.
     */
    public static ServerProcess start(String heap, List<String> serveArguments, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the child starts faster, and a slower indexer widens the window in which it gets killed.
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "docsift.Main", "serve", "--port", "0"));
        command.addAll(serveArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ServerProcess server = new ServerProcess(process, log);
        try {
            server.port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            server.close();
            throw new AssertionError("the server did not start; see " + log, e);
        }
        return server;
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                out.flush();
                scan(line);
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the server exited"));
    }

    private void scan(String line) {
        Matcher serving = SERVING.matcher(line);
        if (serving.find()) {
            port.complete(Integer.parseInt(serving.group(1)));
        }
        String text = awaited;
        if (text != null && line.contains(text)) {
            seen.complete(null);
        }
    }

    /** Arms {@link #awaitLine()} for the next output line containing {@code text}. */
    public void expectLine(String text) {
        seen = new CompletableFuture<>();
        awaited = text;
    }

    public void awaitLine() throws Exception {
        seen.get(60, TimeUnit.SECONDS);
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port.join() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String path) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no close, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook closes the server properly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
