package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hits of real CockroachDB docs pages (the Jekyll site's {@code v25.4} folder, as under its {@code current/}
 * root) link to the live site when docsift.yml names it: {@code https://www.cockroachlabs.com/docs/v25.4/PAGE.html}
 * with the section's kramdown-GFM id, which is GitHub's ({@code RETRY_WRITE_TOO_OLD} keeps its underscores).
 */
class LiveLinksIT {
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root, false);
        Path source = Path.of("src/test/resources/corpora/cockroachdb-sample/v25.4");
        Path target = Files.createDirectories(server.corpus().resolve("v25.4"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Files.writeString(server.corpus().resolve("docsift.yml"), """
                links:
                  baseUrl: https://www.cockroachlabs.com/docs/
                  urls: html
                  anchors: github
                """);
        server.start(settings -> settings);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode first(String query) throws Exception {
        JsonNode hits = server.search(query, "limit=1").get("hits");
        assertTrue(hits.size() > 0, query);
        return hits.get(0);
    }

    /** The hit of {@code query} of this page (in v25.4) and anchor, wherever it ranks. */
    private static JsonNode hit(String query, String page, String anchor) throws Exception {
        for (JsonNode candidate : server.search(query, "limit=50").get("hits")) {
            if (candidate.get("article").asText().equals("v25.4/" + page) && candidate.get("anchor").asText().equals(anchor)) {
                return candidate;
            }
        }
        throw new AssertionError(page + "#" + anchor + " is not among the hits of " + query);
    }

    @Test
    void sectionsLinkToTheLivePageAndItsId() throws Exception {
        JsonNode hit = first("RETRY_WRITE_TOO_OLD");
        assertEquals("https://www.cockroachlabs.com/docs/v25.4/transaction-retry-error-reference.html#retry_write_too_old",
                hit.get("siteUrl").asText());
        assertEquals("/articles/v25.4/transaction-retry-error-reference.md#retry_write_too_old", hit.get("url").asText(),
                "url is docsift's own page, as before");
        assertEquals("https://www.cockroachlabs.com/docs/v25.4/select-for-update.html#lock-strengths",
                hit("lock strengths", "select-for-update.md", "lock-strengths").get("siteUrl").asText());
        assertEquals("https://www.cockroachlabs.com/docs/v25.4/select-for-update.html",
                hit("select for update lock strengths", "select-for-update.md", "").get("siteUrl").asText(),
                "a page's lead section is the page itself");
    }

    @Test
    void withoutABaseUrlThereIsNoSiteUrl() throws Exception {
        try (TestServer plain = new TestServer(root.resolve("plain"))) {
            plain.start(settings -> settings);
            assertTrue(plain.search("signals", "limit=1").get("hits").get(0).get("siteUrl").isNull());
        }
    }
}
