package docsift.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reader who searches without pause while a benchmark edits the corpus: {@code GET /search} for each query of
 * {@code bench/queries.txt} in turn, back to back, on one thread, as served (the query-result cache on, so a
 * repeated query costs nearly nothing until a refresh makes every answer stale). Owns its thread.
 */
final class ContinuousReader implements AutoCloseable {
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<URI> searches;
    private final Thread thread;
    private final AtomicLong searched = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean closed;
    private volatile Exception failure;

    private ContinuousReader(int port, List<String> queries) {
        this.searches = queries.stream().map(q -> URI.create("http://127.0.0.1:" + port + "/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
        this.thread = Thread.ofPlatform().daemon().name("continuous-reader").unstarted(this::run);
    }

    /** Starts searching the server on this port with the benchmark's query mix. */
    static ContinuousReader start(int port) throws IOException {
        List<String> queries = Files.readAllLines(Path.of("bench/queries.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        ContinuousReader reader = new ContinuousReader(port, queries);
        reader.thread.start();
        return reader;
    }

    /** Searches answered so far. */
    long searched() {
        return searched.get();
    }

    /**
     * Searches the server refused so far with 429 (admission control: an expensive search found no free slot of
     * its lane in time, as happens beside the start-up search warm-up on two cores). A browser retries those; so
     * does this reader, after the server's {@code Retry-After}, so a refusal is counted and reported, not a failure.
     */
    long refused() {
        return refused.get();
    }

    private void run() {
        for (int i = 0; !closed; i = (i + 1) % searches.size()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(searches.get(i)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 429) {
                    refused.incrementAndGet();
                    Thread.sleep(retryAfterMillis(response));
                    continue;
                }
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + searches.get(i) + ": " + response.statusCode());
                }
                searched.incrementAndGet();
            } catch (IOException | InterruptedException e) {
                if (!closed) {
                    failure = e;
                }
                return;
            }
        }
    }

    /** The server's {@code Retry-After} in milliseconds (whole seconds by RFC 9110), at least 100 ms. */
    private static long retryAfterMillis(HttpResponse<?> response) {
        String seconds = response.headers().firstValue("Retry-After").orElse("0").strip();
        try {
            return Math.max(100, Long.parseLong(seconds) * 1_000);
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Stops searching; fails if a search failed meanwhile (a benchmark under errors measures nothing). */
    @Override
    public void close() throws Exception {
        closed = true;
        thread.join(10_000);
        if (failure != null) {
            throw new IllegalStateException("the reader's search failed", failure);
        }
    }
}
