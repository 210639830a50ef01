package docsift.replica;

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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: {@code docsift serve --replicate-from URL} in a child JVM, so that it can be killed with
 * SIGKILL. Its output goes to a log file, scanned for the serving line that gives the port. Not thread-safe
 * to start and stop; {@link #get} may be called from several threads.
 */
final class ReplicaProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("docsift is serving .* on http://[^:]+:(\\d+)/");

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReplicaProcess(Process process, Path log) {
        this.process = process;
        Thread.ofPlatform().daemon().name("replica-output").start(() -> pump(log));
    }

    /** Starts a replica of {@code primary} over its own index folder and returns once it serves. */
    static ReplicaProcess start(URI primary, Path index, Path web, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and a small heap: the child starts faster, and two of them share the machine with the test.
        List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "docsift.Main", "serve", "--port", "0", "--replicate-from",
                primary.toString(), "--index", index.toString(), "--web", web.toString());
        ReplicaProcess replica = new ReplicaProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log);
        try {
            replica.port.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            replica.close();
            throw new AssertionError("the replica did not start; see " + log, e);
        }
        return replica;
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                out.flush();
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    port.complete(Integer.parseInt(serving.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the replica exited"));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port.join() + pathAndQuery);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook closes the replica properly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
