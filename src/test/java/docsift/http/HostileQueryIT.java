package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed queries against a real server: every one gets a 2xx or 4xx JSON answer, a search
 * never cut off by its time limit (its cost is bounded by the query's limits, not by the clock), nothing comes
 * back unescaped, and the server answers normally right after.
 */
class HostileQueryIT extends SharedServerTest {
    /** Raw query strings, already URL-encoded where needed. */
    static List<String> hostileQueries() {
        List<String> raw = new ArrayList<>(List.of(
                "", "q=", "q=%20%20%20", "q=" + "a".repeat(10_000), "q=" + "ab".repeat(50_000),
                "q=%22unbalanced", "q=((((a", "q=a))))", "q=" + "(".repeat(1000) + "x" + ")".repeat(1000),
                "q=" + "%28".repeat(300) + "x", "q=*%3A*", "q=field%3A", "q=a+AND+OR+b", "q=%2Fregex.*%2F",
                "q=*wildcard", "q=~", "q=django~2", "q=django%5E1000", "q=a*", "q=*", "q=%2B%2B%2B", "q=---",
                "q=%00", "q=django%00signals", "q=%FF%FE%FD", "q=%C3%28", "q=%E2%80%AEevil", "q=%D8%AF%D8%AC%D8%A7%D9%86%DA%AF%D9%88",
                "q=%F0%9F%90%8D+python", "q=django%0D%0Asignals", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "q=%27%3B+DROP+TABLE+sections%3B+--", "q=1%27+OR+%271%27%3D%271", "q=a&q=b", "limit=5",
                "q=x&limit=-1", "q=x&limit=99999999999999", "q=x&limit=abc", "q=x&offset=-5", "q=x&offset=1e9",
                "q=x&limit=", "q=x&kind=", "q=x&topic=%00", "q=x&article=..%2F..%2Fetc%2Fpasswd",
                "q=" + IntStream.range(0, 1000).mapToObj(i -> "t" + i).collect(Collectors.joining("+")),
                "q=" + IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining("+")),
                "q=" + "django+".repeat(10_000),
                "q=" + "x".repeat(200) + "*", "q=" + "%22a+b%22+".repeat(100),
                "q=" + "ab-".repeat(3_000) + "ab", "q=" + "multi-threading+".repeat(60),
                "q=" + "ab_".repeat(10_000) + "ab", "q=" + "ab.".repeat(10_000) + "ab"));
        return raw;
    }

    @Test
    void everyHostileQueryGetsAJsonAnswerWithinItsLimits() throws Exception {
        for (String query : hostileQueries()) {
            HttpResponse<String> response = server.get("/search?" + query);
            String label = query.length() > 60 ? query.substring(0, 60) + "…" : query;
            int status = response.statusCode();
            assertTrue(status >= 200 && status < 500, label + " -> " + status);
            JsonNode body = TestServer.json(response.body());
            if (status >= 400) {
                assertFalse(body.get("error").asText().isBlank(), label);
                assertFalse(body.get("message").asText().isBlank(), label);
            } else {
                assertTrue(body.get("hits").isArray(), label);
                // Not a wall-clock bound (timings belong in benchmarks): a hostile query's work is bounded,
                // so it never runs into the search time limit (2 s) on the one article.
                assertFalse(body.get("timedOut").asBoolean(), label + " ran into the search time limit");
                assertEscaped(body, label);
            }
        }
        assertEquals("Django signals", server.search("django signals", null).get("hits").get(0).get("heading").asText());
    }

    @Test
    void rawBytesThatAreNotValidUtf8AreAnsweredNotCrashed() throws Exception {
        // Sent over a raw socket so that no client library "fixes" the bytes first.
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /search?q=".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
            out.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            assertTrue(status >= 200 && status < 500, statusLine);
        }
        assertEquals(200, server.get("/search?q=django").statusCode());
    }

    private static void assertEscaped(JsonNode body, String label) {
        for (JsonNode hit : body.get("hits")) {
            for (String field : List.of("snippet", "headingHtml", "code")) {
                String html = hit.path(field).asText("").replace("<mark>", "").replace("</mark>", "");
                assertFalse(html.contains("<") || html.contains(">"), label + " " + field + ": " + html);
            }
        }
    }
}
