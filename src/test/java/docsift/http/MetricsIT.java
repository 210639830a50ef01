package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.Application;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} over real HTTP after real traffic: Prometheus text with requests by route and status
 * (and their histogram), search latency, cache hits, index size and passes, JVM meters; admins only.
 */
class MetricsIT {
    private static final String TOKEN = "Bearer metrics-token";
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path root;

    @Test
    void metricsCountWhatTheServerDid() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.copy(Path.of("corpus/advanced-topics.md"), corpus.resolve("advanced-topics.md"));
        ServerSettings settings = new ServerSettings("0.0.0.0", 0, null, "metrics-token", null, 8);
        try (Application app = Application.start(new Application.Config(corpus, root.resolve("index"), settings, null, null))) {
            String local = "http://127.0.0.1:" + app.port();
            assertEquals(200, get(local + "/search?q=select_for_update", null).statusCode());
            assertEquals(200, get(local + "/search?q=select_for_update", null).statusCode());
            assertEquals(200, get(local + "/app.js", null).statusCode());
            assertEquals(404, get(local + "/api/sections/nope", null).statusCode());
            HttpResponse<String> rebuild = post(local + "/api/reindex", TOKEN);
            assertEquals(202, rebuild.statusCode(), rebuild.body());
            String job = rebuild.headers().firstValue("Location").orElseThrow();
            assertTrue(get(local + job + "?wait=60", TOKEN).body().contains("\"state\":\"done\""), "the rebuild finished");

            HttpResponse<String> scrape = get(local + "/metrics", TOKEN);
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), scrape.headers().toString());
            assertCounts(awaitRequestsCounted(local, 5));  // the GETs, the rebuild's follow-up among them

            // From another address of this machine, like /api/reindex: the token or nothing.
            InetAddress remote = nonLoopbackAddress();
            String elsewhere = "http://" + remote.getHostAddress() + ":" + app.port() + "/metrics";
            assertEquals(403, get(elsewhere, null).statusCode());
            assertEquals(200, get(elsewhere, "Bearer metrics-token").statusCode());
        }
    }

    /** What the requests above, the start-up pass and the rebuild must have counted. */
    private static void assertCounts(String text) {
        assertEquals(2, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/search\",status=\"200\"}"));
        assertEquals(1, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"static\",status=\"200\"}"));
        assertEquals(1, value(text, "http_server_requests_seconds_count{method=\"GET\",route=\"/api/sections/<id>\",status=\"404\"}"));
        assertEquals(2, value(text, "http_server_requests_seconds_bucket{method=\"GET\",route=\"/search\",status=\"200\",le=\"+Inf\"}"));
        assertEquals(2, value(text, "docsift_search_seconds_count"));
        assertEquals(1, value(text, "docsift_search_cache_total{result=\"hit\"}"));
        assertEquals(1, value(text, "docsift_search_cache_total{result=\"miss\"}"));
        assertEquals(2, value(text, "docsift_index_pass_duration_seconds_count"), "the start-up catch-up and the rebuild");
        assertEquals(1, value(text, "docsift_index_rebuilds_total"));
        assertEquals(0, value(text, "docsift_index_passes_failed_total"));
        assertTrue(value(text, "docsift_index_documents") > 100, text);
        assertTrue(value(text, "docsift_index_size_bytes") > 10_000, text);
        assertEquals(0, value(text, "docsift_watcher_failures_total"));
        assertTrue(value(text, "jvm_memory_used_bytes{area=\"heap\",id=\"PS Eden Space\"}") >= 0
                || text.contains("jvm_memory_used_bytes{area=\"heap\""), "JVM meters are there");
    }

    /**
     * A scrape that counts the {@code expected} earlier requests (besides scrapes and the rebuild). Javalin calls
     * request loggers after the response is sent, so a client may read a response before it is counted.
     */
    private String awaitRequestsCounted(String local, int expected) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        Pattern counts = Pattern.compile("(?m)^http_server_requests_seconds_count\\{method=\"GET\",route=\"(?!/metrics)[^\"]*\",status=\"\\d+\"\\} (\\S+)");
        while (true) {
            String text = get(local + "/metrics", TOKEN).body();
            Matcher sample = counts.matcher(text);
            double counted = 0;
            while (sample.find()) {
                counted += Double.parseDouble(sample.group(1));
            }
            if (counted >= expected || System.nanoTime() > deadline) {
                return text;
            }
            Thread.onSpinWait();
        }
    }

    /** The value of the sample whose name and labels are exactly {@code series}. */
    private static double value(String text, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(text);
        if (!sample.find()) {
            throw new AssertionError("no sample " + series + " in:\n" + text);
        }
        return Double.parseDouble(sample.group(1));
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String authorization) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static InetAddress nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(MetricsIT::isUp).flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElseThrow(() -> new AssertionError("this machine has no non-loopback address to call from"));
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
