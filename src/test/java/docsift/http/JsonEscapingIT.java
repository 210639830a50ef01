package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON answers write {@code <}, {@code >} and {@code &} inside strings as unicode escapes, fresh and cached. */
class JsonEscapingIT {
    @TempDir
    Path root;

    @Test
    void markupInAQueryIsEscapedInFreshAndCachedAnswers() throws Exception {
        try (TestServer server = new TestServer(root).start()) {
            String path = "/search?q=" + TestServer.encode("<script>alert(1)</script> & django");
            HttpResponse<String> fresh = server.get(path);
            HttpResponse<String> cached = server.get(path);
            for (HttpResponse<String> response : java.util.List.of(fresh, cached)) {
                assertEquals(200, response.statusCode());
                assertFalse(response.body().contains("<") || response.body().contains(">")
                        || response.body().contains("&"), response.body());
                assertTrue(response.body().contains("\"query\":\"\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 django\""),
                        response.body());
                // The same data to a JSON reader.
                assertEquals("<script>alert(1)</script> & django", TestServer.json(response.body()).get("query").asText());
            }
        }
    }
}
