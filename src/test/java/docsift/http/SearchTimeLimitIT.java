package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-search time limit over real HTTP: two servers over the same corpus (twelve copies of the real
 * article), one with the default limit and one whose searches may run a millisecond, which no search of a long
 * query over this corpus fits in, the other a minute. The limited one answers 200 with {@code "timedOut": true}
 * and what it had found by then, a part of the full answer; the other answers the same query in full. No durations asserted:
 * that the answer comes at the limit rather than after it is measured by bench/flood.sh.
 */
class SearchTimeLimitIT {
    private static final int COPIES = 12;
    /** Fourteen words: the expensive lane, many clauses per field, corrections to look for. */
    private static final String QUERY = "how do I run code after a model is saved with signals and transactions "
            + "commit";

    @TempDir
    static Path root;
    static TestServer full;
    static TestServer limited;

    @BeforeAll
    static void start() throws IOException {
        // A minute: no search of this corpus comes near it, however loaded the machine.
        full = withCopies(new TestServer(root.resolve("full"))).start(settings -> settings.withSearches(
                settings.searches().withTimeLimit(Duration.ofMinutes(1))));
        limited = withCopies(new TestServer(root.resolve("limited"))).start(settings -> settings.withSearches(
                settings.searches().withTimeLimit(Duration.ofMillis(1))));
    }

    private static TestServer withCopies(TestServer server) throws IOException {
        for (int copy = 0; copy < COPIES; copy++) {
            Files.copy(Path.of("corpus/advanced-topics.md"), server.corpus().resolve("copy-" + copy + ".md"));
        }
        return server;
    }

    @AfterAll
    static void stop() {
        if (limited != null) {
            limited.close();
        }
        full.close();
    }

    @Test
    void aSearchPastItsLimitIsAnsweredTimedOutWithWhatItFoundByThen() throws Exception {
        JsonNode whole = answer(full, QUERY);
        assertFalse(whole.get("timedOut").asBoolean(), whole.toString());
        assertTrue(whole.get("total").asLong() > 0, whole.toString());

        JsonNode partial = answer(limited, QUERY);
        assertTrue(partial.get("timedOut").asBoolean(), partial.toString());
        assertTrue(partial.get("total").asLong() <= whole.get("total").asLong(), partial.toString());
        Set<String> articles = articleIds();
        for (JsonNode hit : partial.get("hits")) {
            assertTrue(articles.contains(hit.get("article").asText()), hit.toString());
        }
    }

    private static JsonNode answer(TestServer server, String q) throws Exception {
        HttpResponse<String> response = server.get("/search?q=" + TestServer.encode(q));
        assertEquals(200, response.statusCode(), response.body());
        return TestServer.json(response.body());
    }

    /** The files of the corpus: every hit must be a section of one of them. */
    private static Set<String> articleIds() {
        Set<String> ids = new HashSet<>(Set.of("advanced-topics.md"));
        for (int copy = 0; copy < COPIES; copy++) {
            ids.add("copy-" + copy + ".md");
        }
        return ids;
    }
}
