package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route, with GET and with HEAD, over a hostile corpus (10,000 nested list levels, 10,000 nested
 * quotes, a binary file named .md, a megabyte-long line, raw HTML): no answer is a 5xx, the deeply nested
 * articles that search finds have readable pages, and HEAD answers exactly as GET does (status and content
 * type) without a body.
 */
class HostileCorpusRoutesIT {
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root);
        Path corpus = server.corpus();
        StringBuilder lists = new StringBuilder("# Nested lists\n\n");
        for (int level = 0; level < 10_000; level++) {
            lists.append("  ".repeat(Math.min(level, 40))).append("- level ").append(level).append('\n');
        }
        Files.writeString(corpus.resolve("nested-lists.md"), lists);
        Files.writeString(corpus.resolve("list-markers.md"), "# List markers\n\n" + "- ".repeat(10_000) + "deepmarker\n");
        Files.writeString(corpus.resolve("nested-quotes.md"), "# Nested quotes\n\n" + ">".repeat(10_000)
                + " quokka deep quote\n");
        Files.write(corpus.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.writeString(corpus.resolve("huge-line.md"), "# Huge line\n\n" + "wombat ".repeat(150_000) + "\n");
        Files.copy(Path.of("src/test/resources/web/hostile.md"), corpus.resolve("hostile.md"));
        server.start(UnaryOperator.identity());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void deeplyNestedArticlesThatSearchFindsHaveReadablePages() throws Exception {
        JsonNode hits = server.search("quokka", null).get("hits");
        assertEquals("nested-quotes.md", hits.get(0).get("article").asText());
        HttpResponse<String> page = server.get(hits.get(0).get("url").asText().split("#")[0]);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("shown as plain text") && page.body().contains("quokka deep quote"),
                "the page says why it is plain and shows the text");
        assertEquals(200, server.get("/articles/nested-lists.md").statusCode());
        assertEquals(200, server.get("/articles/list-markers.md").statusCode());
    }

    @Test
    void everyRouteAnswersWithoutA5xxAndHeadAnswersLikeGet() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path : paths()) {
            HttpResponse<String> get = server.get(path);
            HttpResponse<String> head = server.head(path);
            if (get.statusCode() >= 500) {
                failures.add("GET " + path + " -> " + get.statusCode() + " " + get.body());
            }
            if (head.statusCode() != get.statusCode() || !head.body().isEmpty()
                    || !contentType(head).equals(contentType(get))) {
                failures.add("HEAD " + path + " -> " + head.statusCode() + " " + contentType(head) + " ("
                        + head.body().length() + " body chars), GET -> " + get.statusCode() + " " + contentType(get));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Every route: static files, each article's page and sections, the APIs with good and bad parameters. */
    private static Set<String> paths() throws Exception {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/index.html", "/app.js", "/style.css", "/nothing",
                "/search?q=", "/search?q=django", "/search?q=x&limit=500", "/search?q=x&offset=-1",
                "/search?q=level*%20wombat", "/search?q=%00%FF", "/search?q=a&q=b", "/api/articles",
                "/api/articles?offset=1&limit=2", "/api/articles?limit=0", "/api/sections/x",
                "/api/sections/nope.md%23x", "/articles/nope", "/articles/nope.md", "/articles/binary.md",
                "/health", "/openapi.json"));
        for (JsonNode article : TestServer.json(server.get("/api/articles").body())) {
            paths.add(article.get("url").asText());
        }
        for (String q : List.of("level", "deepmarker", "quokka", "wombat", "script", "select_for_update")) {
            for (JsonNode hit : server.search(q, "limit=100").get("hits")) {
                paths.add("/api/sections/" + TestServer.encode(hit.get("id").asText()));
                paths.add(hit.get("url").asText().split("#")[0]);
            }
        }
        assertFalse(paths.stream().noneMatch(p -> p.startsWith("/api/sections/nested")), "nested sections walked");
        return paths;
    }
}
