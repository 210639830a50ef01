package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short overload run for CI: 64 concurrent clients for a few seconds, ordinary and hostile queries
 * mixed. No request may fail or get a 5xx. The 60-second version with wrk is bench/overload.sh.
 */
class OverloadIT {
    private static final int CLIENTS = 64;
    private static final long RUN_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int MAX_REQUESTS_PER_CLIENT = 2_000;
    private static final List<String> QUERIES = List.of("django", "select_for_update", "how%20do%20signals%20work",
            "middelware", "%22context%20manager%22", "async", "pydantic%20validator", "cache%20-redis", "serial*",
            "%3Cscript%3E", "(((((", "*%3A*", "a".repeat(2000), "");

    @TempDir
    Path root;

    @Test
    void sixtyFourClientsGetNoErrorsAndNo5xx() throws Exception {
        try (TestServer server = new TestServer(root).start()) {
            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> clients = new ArrayList<>();
                long end = System.nanoTime() + RUN_NANOS;
                for (int c = 0; c < CLIENTS; c++) {
                    int offset = c;
                    clients.add(pool.submit(() -> {
                        searchUntil(end, offset, new Client(server, client, requests, failures, latencies));
                        return null;
                    }));
                }
                for (Future<?> c : clients) {
                    c.get();
                }
            } finally {
                pool.shutdownNow();
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("OverloadIT: %d requests from %d clients, p50 %.1f ms, p99 %.1f ms%n", requests.get(),
                    CLIENTS, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
            assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.peek());
            assertTrue(requests.get() > CLIENTS, "too few requests: " + requests.get());
            assertEquals(200, server.get("/search?q=django").statusCode());
        }
    }

    /** What one simulated client uses and where it counts. */
    private record Client(TestServer server, HttpClient http, AtomicInteger requests,
                          ConcurrentLinkedQueue<String> failures, List<Long> latencies) {
    }

    /** One client's searches, in rotation from its own offset, until {@code end} or its request budget. */
    private static void searchUntil(long end, int offset, Client client) {
        for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
            String q = QUERIES.get((offset + i) % QUERIES.size());
            URI uri = client.server().uri("/search?q=" + q);
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = client.http().send(HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                client.latencies().add(System.nanoTime() - start);
                client.requests().incrementAndGet();
                if (response.statusCode() >= 500) {
                    client.failures().add(response.statusCode() + " for " + q);
                }
            } catch (Exception e) {
                client.failures().add(e + " for " + q);
            }
        }
    }
}
