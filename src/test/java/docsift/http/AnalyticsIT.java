package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.Application;
import docsift.Main;
import docsift.analytics.SearchAnalytics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search analytics through real HTTP: searches recorded off the request path, the click beacon (and what it
 * refuses), the protected report, persistence across a restart, the {@code analytics} command, and the switch.
 */
class AnalyticsIT {
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path root;

    private Application start(SearchAnalytics analytics) throws Exception {
        Path corpus = root.resolve("corpus");
        if (Files.notExists(corpus)) {
            Files.createDirectories(corpus);
            Files.copy(Path.of("corpus/advanced-topics.md"), corpus.resolve("advanced-topics.md"));
        }
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, null, null, null, 8);
        return Application.start(new Application.Config(corpus, root.resolve("index"), settings, null, null, null,
                null, analytics));
    }

    private SearchAnalytics analytics() throws Exception {
        return SearchAnalytics.open(new SearchAnalytics.Settings(root.resolve("analytics"), Duration.ofDays(90)));
    }

    @Test
    void searchesAndOpenedHitsMakeTheReportAndOutliveARestart() throws Exception {
        try (SearchAnalytics analytics = analytics(); Application app = start(analytics)) {
            String base = "http://127.0.0.1:" + app.port();
            search(base, "select_for_update");
            search(base, "Select_For_Update");
            search(base, "zebrafinch");
            search(base, "<b>markup</b>");
            search(base, "celery&offset=10");  // a later page of a search: not a new search
            assertEquals(204, click(base, "{\"query\":\"select_for_update\",\"position\":2,\"id\":\"advanced-topics.md#x\"}").statusCode());

            HttpResponse<String> answer = get(base + "/api/analytics?days=1&limit=5");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\\u003Cb\\u003Emarkup\\u003C/b\\u003E"), "escaped like every JSON answer");
            JsonNode report = TestServer.json(answer.body());
            assertEquals(4, report.get("searches").asLong(), answer.body());
            assertEquals(1, report.get("clicks").asLong());
            assertEquals("select_for_update", report.get("topQueries").get(0).get("query").asText());
            assertEquals(2, report.get("topQueries").get(0).get("searches").asLong());
            assertEquals(java.util.List.of("<b>markup</b>", "zebrafinch"), report.get("noResults").findValuesAsText("query"));
            assertEquals(2, report.get("clickPositions").get(0).get("position").asInt());
        }
        // Restarted, and then read by the command line from the stopped server's folder.
        try (SearchAnalytics analytics = analytics(); Application app = start(analytics)) {
            JsonNode report = TestServer.json(get("http://127.0.0.1:" + app.port() + "/api/analytics").body());
            assertEquals(4, report.get("searches").asLong());
            String fromServer = cli("analytics", "--server", "http://127.0.0.1:" + app.port(), "--days", "1");
            assertTrue(fromServer.contains("4 searches, 1 hits opened"), fromServer);
        }
        String text = cli("analytics", "--analytics-dir", root.resolve("analytics").toString());
        assertTrue(text.contains("4 searches, 1 hits opened"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("  select_for_update +2 +\\d+")), text);
        assertTrue(text.contains("Queries with no results"), text);
    }

    @Test
    void theBeaconTakesOnlySmallWellFormedClicks() throws Exception {
        try (SearchAnalytics analytics = analytics(); Application app = start(analytics)) {
            String base = "http://127.0.0.1:" + app.port();
            for (String body : new String[] {"not json", "[]", "{}", "{\"query\":\"q\",\"position\":1}",
                "{\"query\":\"q\",\"position\":\"1\",\"id\":\"a\"}", "{\"query\":\"q\",\"position\":0,\"id\":\"a\"}",
                "{\"query\":\"q\",\"position\":1,\"id\":\"a\",\"ip\":\"1.2.3.4\"}", "{\"query\":\" \",\"position\":1,\"id\":\"a\"}"}) {
                HttpResponse<String> refused = click(base, body);
                assertEquals(400, refused.statusCode(), body);
                assertEquals("invalid_click", TestServer.json(refused.body()).get("error").asText());
            }
            String big = "{\"query\":\"" + "q".repeat(3000) + "\",\"position\":1,\"id\":\"a\"}";
            assertEquals(413, click(base, big).statusCode());
            assertEquals(0, TestServer.json(get(base + "/api/analytics").body()).get("clicks").asLong());
        }
    }

    @Test
    void offMeansNothingIsRecordedAndTheEndpointsSaySo() throws Exception {
        try (Application app = start(null)) {
            String base = "http://127.0.0.1:" + app.port();
            search(base, "select_for_update");
            assertEquals(404, click(base, "{\"query\":\"q\",\"position\":1,\"id\":\"a\"}").statusCode());
            HttpResponse<String> report = get(base + "/api/analytics");
            assertEquals(404, report.statusCode());
            assertTrue(report.body().contains("--no-analytics"), report.body());
        }
        assertTrue(Files.notExists(root.resolve("analytics")));
    }

    private void search(String base, String query) throws Exception {
        String[] parts = query.split("&", 2);
        String url = base + "/search?q=" + TestServer.encode(parts[0]) + (parts.length > 1 ? "&" + parts[1] : "");
        assertEquals(200, get(url).statusCode(), url);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> click(String base, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/analytics/click"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cli(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(Map.of());
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            assertEquals(0, code, err.toString());
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
        }
    }
}
