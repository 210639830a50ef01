package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.corpus.Articles;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/reindex} as a queued job on the indexing thread: 202 with a Location to follow, the report
 * once done; no 500 from corpus files (a broken file's problem carries a time, which once could not be written
 * as JSON; a file deleted while the rebuild runs is removed, once it stayed indexed); requests while one waits
 * share it. The server does not watch here, so only the rebuild can change the index.
 */
class ReindexApiIT {
    /** Enough copies of the article that a rebuild lasts long enough to delete a file in its middle. */
    private static final int COPIES = 30;

    @TempDir
    Path root;

    @Test
    void aBrokenFileIsReportedInTheRebuildsReportNotAs500() throws Exception {
        try (TestServer server = new TestServer(root)) {
            Files.write(server.corpus().resolve("broken.md"), new byte[] {'#', ' ', (byte) 0xC3, 0, '\n'});
            server.start(null, null);
            HttpResponse<String> queued = server.post("/api/reindex", null);
            assertEquals(202, queued.statusCode(), queued.body());
            JsonNode accepted = TestServer.json(queued.body());
            assertEquals("/api/reindex/" + accepted.get("id").asText(), queued.headers().firstValue("Location").orElseThrow());
            assertTrue(Set.of("queued", "running", "done").contains(accepted.get("state").asText()), accepted.toString());

            JsonNode done = server.followRebuild(queued);
            assertEquals("done", done.get("state").asText(), done.toString());
            JsonNode report = done.get("report");
            assertEquals("[\"" + Articles.ID + "\"]", report.get("indexed").toString());
            assertEquals("broken.md", report.get("problems").get(0).get("article").asText());
            Instant.parse(report.get("problems").get(0).get("at").asText()); // a time, written as ISO-8601
            assertNotNull(Instant.parse(done.get("finishedAt").asText()));
            assertTrue(server.search("select_for_update", null).get("total").asInt() > 0);
        }
    }

    @Test
    void aFileDeletedWhileTheRebuildRunsIsRemoved() throws Exception {
        try (TestServer server = new TestServer(root, false)) {
            writeCopies(server);
            server.start(null, null);
            String last = String.format("copy-%02d.md", COPIES - 1);
            assertEquals(1, server.search("zebracopy" + (COPIES - 1), "article=" + last).get("total").asInt());

            HttpResponse<String> queued = server.post("/api/reindex", null);
            awaitRunning(server, queued.headers().firstValue("Location").orElseThrow());
            // The rebuild listed the files when it started and reads them in id order: the last one is read last.
            Files.delete(server.corpus().resolve(last));
            JsonNode done = server.followRebuild(queued);

            assertEquals("done", done.get("state").asText(), done.toString());
            assertEquals(0, done.get("report").get("problems").size(), done.toString());
            assertTrue(done.get("report").get("deleted").toString().contains(last), done.toString());
            assertEquals(0, server.search("zebracopy" + (COPIES - 1), "article=" + last).get("total").asInt());
            assertEquals("ok", TestServer.json(server.get("/health").body()).get("status").asText());
        }
    }

    @Test
    void requestsWhileOneWaitsShareItAndUnknownJobsAre404() throws Exception {
        try (TestServer server = new TestServer(root, false)) {
            writeCopies(server); // a rebuild lasts far longer than ten requests
            server.start(null, null);
            Set<String> ids = new HashSet<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 10; i++) {
                last = server.post("/api/reindex", null);
                assertEquals(202, last.statusCode(), last.body());
                ids.add(TestServer.json(last.body()).get("id").asText());
            }
            // One may run while the next waits; every later request joins the waiting one.
            assertTrue(ids.size() <= 2, ids.toString());
            assertEquals("done", server.followRebuild(last).get("state").asText());
            assertEquals(404, server.get("/api/reindex/999").statusCode());
            HttpResponse<String> badWait = server.get(last.headers().firstValue("Location").orElseThrow() + "?wait=x");
            assertEquals(400, badWait.statusCode(), badWait.body());
            assertFalse(badWait.body().contains("Exception"), badWait.body());
        }
    }

    private static void writeCopies(TestServer server) throws java.io.IOException {
        for (int i = 0; i < COPIES; i++) {
            Files.writeString(server.corpus().resolve(String.format("copy-%02d.md", i)),
                    Articles.v2() + "\n\n## Marker " + i + "\n\nzebracopy" + i + "\n");
        }
    }

    /** Waits until the job left the queue; the server answers at once each time, so this is a short loop. */
    private static void awaitRunning(TestServer server, String job) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String state = TestServer.json(server.get(job).body()).get("state").asText();
            if (!state.equals("queued")) {
                assertEquals("running", state, "the rebuild finished before a file could be deleted in its middle");
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the rebuild never started");
    }
}
