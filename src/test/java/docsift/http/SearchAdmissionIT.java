package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admission control over real HTTP: with one slot per lane and no wait, concurrent searches beyond it are
 * refused with 503 (or 429 for expensive ones, parked off the request threads and refused when their wait is
 * over), a Retry-After and a JSON error, and every other search is answered normally; once the burst is over,
 * searches are answered again.
 */
class SearchAdmissionIT {
    private static final Set<String> REFUSALS = Set.of("overloaded", "too_many_expensive_searches");

    @TempDir
    Path root;

    @Test
    void searchesBeyondTheLimitAreRefusedWithRetryAfterAndTheOthersAnswered() throws Exception {
        try (TestServer server = new TestServer(root)) {
            for (int copy = 0; copy < 8; copy++) {
                Files.copy(Path.of("corpus/advanced-topics.md"), server.corpus().resolve("copy-" + copy + ".md"));
            }
            server.start(settings -> settings.withSearches(new SearchAdmission.Limits(1, 1, 1, Duration.ZERO)));
            HttpClient client = HttpClient.newHttpClient();
            int answered = 0;
            int refused = 0;
            // Rounds of simultaneous searches until both outcomes were seen: with one slot and 16 searches of
            // tens of milliseconds each started together, the first round nearly always has both.
            for (int round = 0; round < 50 && (answered == 0 || refused == 0); round++) {
                for (HttpResponse<String> response : burst(client, server, round)) {
                    if (response.statusCode() == 200) {
                        answered++;
                    } else {
                        assertRefusal(response);
                        refused++;
                    }
                }
            }
            assertTrue(answered > 0 && refused > 0, answered + " answered, " + refused + " refused");
            assertEquals(200, server.get("/search?q=django%20signals").statusCode(), "answered again after the burst");
        }
    }

    /** 16 distinct searches (the result cache cannot answer them), ordinary and expensive, sent at once. */
    private static List<HttpResponse<String>> burst(HttpClient client, TestServer server, int round) {
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String q = i % 2 == 0 ? "django middleware signals r" + round + "x" + i
                    : "dja* mid* sig* que* cel* red* r" + round + "x" + i;
            pending.add(client.sendAsync(HttpRequest.newBuilder(server.uri("/search?q=" + TestServer.encode(q)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static void assertRefusal(HttpResponse<String> response) throws Exception {
        assertTrue(response.statusCode() == 503 || response.statusCode() == 429, response.statusCode() + " "
                + response.body());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
        String error = TestServer.json(response.body()).get("error").asText();
        assertTrue(REFUSALS.contains(error), error);
        assertEquals(response.statusCode() == 429, error.equals("too_many_expensive_searches"));
    }
}
