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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The /search API of a real server on a random port, over the real article plus one hostile article. */
class SearchApiIT {
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root);
        Files.writeString(server.corpus().resolve("hostile.md"), """
                # Hostile article

                ## Injection `<script>alert(1)</script>`

                This text carries `"><img src=x onerror=alert(1)>` and \\<script>alert(1)\\</script> payloads.

                <div onmouseover="alert(1)">raw html block</div>
                """);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "select_for_update | select_for_update in Django",
            "prefetch_related | prefetch_related and select_related in Django",
            "class based views | Class-based views methods",
            "middelware | Django middleware",
            "why write a custom manager | Django Custom Managers",
            "Django signals | Django signals",
            // A last word still being typed is completed, as a search box sends it keystroke by keystroke.
            "middlew | Django middleware",
            "select_for_up | select_for_update in Django",
            "django sig | Django signals"})
    void rightSectionFirst(String q, String heading) throws Exception {
        assertEquals(heading, server.search(q, "article=advanced-topics.md").get("hits").get(0).get("heading").asText());
    }

    @Test
    void contractFieldByField() throws Exception {
        JsonNode response = server.search("select_for_update", null);
        assertEquals("select_for_update", response.get("query").asText());
        assertTrue(response.get("total").asLong() >= 1);
        assertTrue(response.get("tookMs").isNumber());
        assertTrue(response.get("facets").get("topic").isObject());
        assertTrue(response.get("facets").get("folder").isObject());
        assertTrue(response.get("facets").get("kind").has("code"));
        JsonNode hit = response.get("hits").get(0);
        assertEquals("advanced-topics.md#select_for_update-in-django", hit.get("id").asText());
        assertEquals("advanced-topics.md", hit.get("article").asText());
        assertEquals("select_for_update in Django", hit.get("heading").asText());
        assertEquals(List.of("Django related topics:"), texts(hit.get("path")));
        assertEquals("select_for_update-in-django", hit.get("anchor").asText());
        assertEquals("/articles/advanced-topics.md#select_for_update-in-django", hit.get("url").asText());
        assertEquals(3, hit.get("level").asInt());
        assertEquals("Django related topics", hit.get("topic").asText());
        assertEquals("section", hit.get("kind").asText());
        assertTrue(hit.get("score").asDouble() > 0);
        assertTrue(hit.get("snippet").asText().length() > 40);
        assertTrue(hit.get("code").asText().contains("<mark>"), hit.get("code").asText());
        assertTrue(hit.get("useCases").isArray());
        assertTrue(texts(hit.get("matchedIn")).containsAll(List.of("heading", "code")));
    }

    @Test
    void snippetHasMarksAndReasonableLength() throws Exception {
        JsonNode hit = server.search("signals decoupled", null).get("hits").get(0);
        String snippet = hit.get("snippet").asText();
        assertTrue(snippet.contains("<mark>"), snippet);
        int visible = snippet.replace("<mark>", "").replace("</mark>", "").length();
        assertTrue(visible >= 100 && visible <= 400, visible + ": " + snippet);
    }

    @Test
    void filtersAndFacetsAgree() throws Exception {
        JsonNode all = server.search("django", "limit=100");
        JsonNode topics = all.get("facets").get("topic");
        topics.fieldNames().forEachRemaining(topic -> {
            try {
                JsonNode filtered = server.search("django", "limit=100&topic=" + TestServer.encode(topic));
                assertEquals(topics.get(topic).asLong(), filtered.get("total").asLong(), topic);
                filtered.get("hits").forEach(h -> assertEquals(topic, h.get("topic").asText()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        JsonNode kinds = all.get("facets").get("kind");
        for (String kind : List.of("section", "code", "usecase")) {
            JsonNode filtered = server.search("django", "kind=" + kind);
            assertEquals(kinds.get(kind).asLong(), filtered.get("total").asLong(), kind);
            filtered.get("hits").forEach(h -> assertEquals(kind, h.get("kind").asText()));
        }
    }

    @Test
    void pagingIsStableAndDoesNotOverlap() throws Exception {
        List<String> first = ids(server.search("python", "limit=10"));
        List<String> second = ids(server.search("python", "limit=10&offset=10"));
        List<String> both = ids(server.search("python", "limit=20"));
        assertEquals(10, first.size());
        Set<String> overlap = new HashSet<>(first);
        overlap.retainAll(second);
        assertTrue(overlap.isEmpty(), overlap.toString());
        List<String> joined = new ArrayList<>(first);
        joined.addAll(second);
        assertEquals(both, joined);
    }

    @Test
    void codeAndUseCaseHitsLinkToTheirSection() throws Exception {
        JsonNode code = server.search("select_for_update", "kind=code").get("hits").get(0);
        assertEquals("code", code.get("kind").asText());
        assertEquals("select_for_update in Django", code.get("heading").asText());
        assertTrue(code.get("url").asText().endsWith("#select_for_update-in-django"));
        JsonNode useCase = server.search("generate thumbnails", "kind=usecase").get("hits").get(0);
        assertEquals("usecase", useCase.get("kind").asText());
        String item = useCase.get("useCases").get(0).asText();
        assertTrue(item.contains("<mark>") && item.contains("thumbnails"), item);
    }

    @Test
    void queryAndCorpusPayloadsComeBackEscaped() throws Exception {
        for (String q : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "injection payloads")) {
            HttpResponse<String> response = server.get("/search?q=" + TestServer.encode(q));
            assertEquals(200, response.statusCode());
            JsonNode json = TestServer.json(response.body());
            for (JsonNode hit : json.get("hits")) {
                for (String field : List.of("snippet", "headingHtml", "code")) {
                    String html = hit.path(field).asText("").replace("<mark>", "").replace("</mark>", "");
                    assertFalse(html.contains("<") || html.contains(">"), field + ": " + html);
                }
            }
        }
        JsonNode hostile = server.search("injection payloads", "article=hostile.md").get("hits").get(0);
        assertTrue(hostile.get("snippet").asText().contains("&lt;script&gt;"));
    }

    @Test
    void badParametersAre400WithJsonError() throws Exception {
        Map<String, String> cases = Map.of(
                "/search", "missing_query",
                "/search?q=%20%20", "missing_query",
                "/search?q=x&limit=0", "invalid_limit",
                "/search?q=x&limit=101", "invalid_limit",
                "/search?q=x&limit=ten", "invalid_limit",
                "/search?q=x&offset=-1", "invalid_offset",
                "/search?q=x&offset=10001", "invalid_offset",
                "/search?q=x&kind=image", "invalid_kind",
                "/search?q=" + "a".repeat(1001), "query_too_long",
                "/search?q=a&q=b", "repeated_parameter");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = server.get(c.getKey());
            assertEquals(400, response.statusCode(), c.getKey());
            JsonNode body = TestServer.json(response.body());
            assertEquals(c.getValue(), body.get("error").asText(), c.getKey());
            assertFalse(body.get("message").asText().isBlank());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
    }

    @Test
    void requestsJettyRefusesAreAlsoJsonErrors() throws Exception {
        // An encoded NUL, "%2e%2e" or broken UTF-8 in the path never reaches our routes; it was an HTML page.
        for (String path : List.of("/api/sections/%00", "/articles/%2e%2e/%2e%2e/pom.xml", "/%ff")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            JsonNode body = TestServer.json(response.body());
            assertEquals("bad_request", body.get("error").asText(), path);
            assertFalse(body.get("message").asText().isBlank(), path);
        }
    }

    @Test
    void manyPrefixesAreAnsweredNotRefused() throws Exception {
        // Sixteen one-letter prefixes once expanded past Lucene's clause limit: a 500.
        String letters = "abcdefghijklmnopqrstuvwxyz";
        String allLetters = String.join(" ", letters.chars().mapToObj(c -> (char) c + "*").toList());
        String mixed = String.join(" ", letters.chars().mapToObj(c -> (char) c + "* -" + (char) c + "q*").toList())
                + " select_for_update \"context manager\" midd";
        for (String q : List.of(allLetters, mixed)) {
            HttpResponse<String> response = server.get("/search?q=" + TestServer.encode(q));
            assertEquals(200, response.statusCode(), q + ": " + response.body());
            assertTrue(TestServer.json(response.body()).get("total").asLong() > 0, q);
        }
    }

    @Test
    void unknownIdsAndPathsAre404Json() throws Exception {
        for (String path : List.of("/api/sections/nope.md%23nothing", "/articles/missing.md", "/no/such/path",
                "/articles/..%2F..%2Fpom.xml", "/api/sections/advanced-topics.md%23")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("not_found", TestServer.json(response.body()).get("error").asText(), path);
        }
    }

    @Test
    void sectionArticlesAndHealthEndpoints() throws Exception {
        JsonNode section = TestServer.json(server.get("/api/sections/advanced-topics.md%23django-signals").body());
        assertEquals("Django signals", section.get("section").get("heading").asText());
        assertTrue(section.get("section").get("markdown").asText().startsWith("### Django signals"));
        assertTrue(section.get("html").asText().contains("<h3"));
        JsonNode articles = TestServer.json(server.get("/api/articles").body());
        assertEquals(2, articles.size());
        assertEquals("advanced-topics.md", articles.get(0).get("id").asText());
        assertTrue(articles.get(0).get("sections").asInt() > 90);
        // A page of the list, with the total in a header: a site's 15,000 pages need not come at once.
        HttpResponse<String> second = server.get("/api/articles?offset=1&limit=1");
        assertEquals("2", second.headers().firstValue("X-Total-Count").orElse(null));
        JsonNode page = TestServer.json(second.body());
        assertEquals(1, page.size());
        assertEquals(articles.get(1), page.get(0));
        assertEquals(0, TestServer.json(server.get("/api/articles?offset=5").body()).size());
        for (String bad : List.of("/api/articles?limit=0", "/api/articles?offset=-1", "/api/articles?limit=x")) {
            assertEquals(400, server.get(bad).statusCode(), bad);
        }
        JsonNode health = TestServer.json(server.get("/health").body());
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("documents").asInt() > 100);
        assertFalse(health.get("lastIndexed").isNull());
        assertTrue(server.get("/openapi.json").body().contains("\"openapi\""));
    }

    @Test
    void concurrentRequestsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<String> queries = List.of("django", "select_for_update", "middelware", "\"context manager\"", "async await",
                "decorator", "cache", "pydantic validator");
        Map<String, List<String>> sequential = new ConcurrentHashMap<>();
        for (String q : queries) {
            sequential.put(q, ids(server.search(q, null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String q = queries.get(i % queries.size());
                results.add(pool.submit(() -> ids(server.search(q, null)).equals(sequential.get(q))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
