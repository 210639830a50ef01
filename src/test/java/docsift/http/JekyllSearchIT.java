package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real server over three real Jekyll pages of the CockroachDB docs (src/test/resources/jekyll): no Liquid
 * markup in hits, sections or article pages, and the pages' {@code {% link %}} links lead to each other.
 */
class JekyllSearchIT {
    private static final Path PAGES = Path.of("src/test/resources/jekyll/v25.4");
    private static final List<String> HIT_FIELDS = List.of("title", "heading", "headingHtml", "snippet", "code");

    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root, false);
        Path folder = Files.createDirectories(server.corpus().resolve("v25.4"));
        for (String page : List.of("begin-transaction.md", "transactions.md", "select-for-update.md")) {
            Files.copy(PAGES.resolve(page), folder.resolve(page));
        }
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static boolean hasLiquid(String text) {
        return text.contains("{%") || text.contains("{{");
    }

    @ParameterizedTest
    @ValueSource(strings = {"begin transaction priority", "select for update", "client-side retry handling",
            "session variable", "isolation level", "synopsis", "reference links", "site data alerts callout",
            "page version", "include"})
    void hitsCarryNoLiquid(String q) throws Exception {
        for (JsonNode hit : server.search(q, "limit=100").get("hits")) {
            for (String field : HIT_FIELDS) {
                String text = hit.path(field).asText("");
                assertFalse(hasLiquid(text), q + " / " + hit.get("id").asText() + " / " + field + ": " + text);
            }
            hit.get("path").forEach(part -> assertFalse(hasLiquid(part.asText()), part.asText()));
            hit.get("useCases").forEach(item -> assertFalse(hasLiquid(item.asText()), item.asText()));
        }
    }

    @Test
    void theLinkTextOfALinkTagIsInTheSnippet() throws Exception {
        // The words of the sentence whose link text is "BEGIN": the snippet is that sentence.
        JsonNode hits = server.search("priority in the BEGIN statement", null).get("hits");
        JsonNode hit = null;
        for (JsonNode candidate : hits) {
            hit = "v25.4/transactions.md#set-transaction-priority".equals(candidate.get("id").asText()) ? candidate : hit;
        }
        assertNotNull(hit, "the section that says to set the priority in BEGIN is among the hits: " + hits);
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains("you can set the <mark>priority</mark> in the <mark>BEGIN</mark> <mark>statement</mark>:"),
                snippet);
    }

    @Test
    void sectionMarkdownAndHtmlCarryNoLiquid() throws Exception {
        JsonNode body = TestServer.json(server.get("/api/sections/v25.4%2Fbegin-transaction.md%23parameters").body());
        String markdown = body.get("section").get("markdown").asText();
        assertTrue(markdown.contains("[Transactions: Priorities](transactions.md#transaction-priorities)"), markdown);
        assertFalse(hasLiquid(markdown), markdown);
        assertFalse(hasLiquid(body.get("html").asText()), body.get("html").asText());
    }

    @Test
    void articlePageLinksLeadToTheOtherPages() throws Exception {
        HttpResponse<String> page = server.get("/articles/v25.4/transactions.md");
        assertEquals(200, page.statusCode());
        assertFalse(hasLiquid(page.body()), page.body());
        assertTrue(page.body().contains("in the <a href=\"begin-transaction.md\"><code>BEGIN</code></a> statement"));
        String target = server.uri("/articles/v25.4/transactions.md").resolve("begin-transaction.md").getPath();
        assertEquals("/articles/v25.4/begin-transaction.md", target);
        HttpResponse<String> linked = server.get(target);
        assertEquals(200, linked.statusCode());
        assertTrue(linked.body().contains("<h2 id=\"parameters\">Parameters</h2>"));
        assertTrue(linked.body().contains("<a href=\"transactions.md#transaction-priorities\">"), "back, to a section");
        assertTrue(page.body().contains("<h2 id=\"transaction-priorities\">"));
    }
}
