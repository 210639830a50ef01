package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.corpus.WriteFaults.Kind;
import docsift.corpus.WriteFaults.Way;
import docsift.http.TestServer;
import docsift.index.IndexDump;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A watching server whose index folder stops taking writes: the disk fills up, the folder is made read-only
 * while serving, or the server starts on a read-only mount. Searches keep answering from the last commit,
 * {@code /health} says {@code degraded} with the reason and since when, and once the cause goes the index
 * catches up by itself, without another save. Before: saves went unindexed while /health said "ok" with no
 * error, the writer stayed closed until one more save, and a read-only index folder made the server exit.
 * Each runs injected (always) and for real (where this machine can mount or chattr, as CI can).
 */
class WriteFaultsIT {
    private static final String IN_ARTICLE = "article=" + Articles.ID;

    @TempDir
    Path root;
    private final Passes passes = new Passes();

    static List<Way> fullDisk() throws Exception {
        return WriteFaults.ways(Kind.FULL_DISK);
    }

    static List<Way> readOnlyWhileServing() throws Exception {
        return WriteFaults.ways(Kind.READ_ONLY_WHILE_SERVING);
    }

    static List<Way> readOnlyMount() throws Exception {
        return WriteFaults.ways(Kind.READ_ONLY_MOUNT);
    }

    @ParameterizedTest
    @MethodSource("fullDisk")
    void aFullDiskIsReportedAndTheIndexCatchesUpOnceThereIsRoom(Way way) throws Exception {
        try (TestServer server = new TestServer(root, false);
             WriteFaults faults = WriteFaults.prepare(Kind.FULL_DISK, way, server.index())) {
            Files.writeString(server.corpus().resolve(Articles.ID), Articles.v1());
            server.start(CorpusWatcher.Settings.DEFAULT, passes, faults.directories());
            faults.on();
            Files.writeString(server.corpus().resolve(Articles.ID), Articles.v2());
            JsonNode health = awaitFailing(server);
            assertTrue(health.get("lastError").asText().contains("No space left"), health.toString());
            assertEquals(0, total(server, Articles.ONLY_IN_V2), "the last commit still answers");

            HttpResponse<String> queued = server.post("/api/reindex", null);
            assertEquals(202, queued.statusCode(), queued.body());
            JsonNode rebuild = server.followRebuild(queued);
            assertEquals("failed", rebuild.get("state").asText(), rebuild.toString());
            assertTrue(rebuild.get("error").asText().contains("No space left"), rebuild.toString());

            faults.off();
            awaitRecovered(server);
            server.close();
        }
    }

    @ParameterizedTest
    @MethodSource("readOnlyWhileServing")
    void anIndexFolderMadeReadOnlyWhileServingRecoversWithoutAnotherSave(Way way) throws Exception {
        try (TestServer server = new TestServer(root, false);
             WriteFaults faults = WriteFaults.prepare(Kind.READ_ONLY_WHILE_SERVING, way, server.index())) {
            Files.writeString(server.corpus().resolve(Articles.ID), Articles.v1());
            server.start(CorpusWatcher.Settings.DEFAULT, passes, faults.directories());
            faults.on();
            Files.writeString(server.corpus().resolve(Articles.ID), Articles.v2());
            JsonNode health = awaitFailing(server);
            assertTrue(health.get("lastError").asText().length() > 10, health.toString());
            assertEquals(0, total(server, Articles.ONLY_IN_V2), "the last commit still answers");

            faults.off();
            awaitRecovered(server);
            server.close();
            assertSameAsRebuild(server);
        }
    }

    @ParameterizedTest
    @MethodSource("readOnlyMount")
    void aReadOnlyIndexFolderIsServedReadOnly(Way way) throws Exception {
        try (TestServer server = new TestServer(root, false);
             WriteFaults faults = WriteFaults.prepare(Kind.READ_ONLY_MOUNT, way, server.index())) {
            Files.writeString(server.corpus().resolve(Articles.ID), Articles.v1());
            server.start(CorpusWatcher.Settings.DEFAULT, passes, faults.directories()).close();
            faults.on();
            Files.writeString(server.corpus().resolve(Articles.ID), Articles.v2()); // changed while down

            server.start(CorpusWatcher.Settings.DEFAULT, passes, faults.directories());
            assertTrue(total(server, Articles.ONLY_IN_V1) > 0, "searches answer from the last commit");
            JsonNode health = health(server);
            assertEquals("degraded", health.get("status").asText(), health.toString());
            assertEquals("read-only", health.get("index").get("state").asText(), health.toString());
            assertTrue(health.get("index").get("reason").asText().contains("re-indexing is impossible"), health.toString());
            assertTrue(health.get("index").get("since").isTextual(), health.toString());
            HttpResponse<String> refused = server.post("/api/reindex", null);
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("rebuild_impossible", TestServer.json(refused.body()).get("error").asText());

            faults.off();
            awaitRecovered(server);
        }
    }

    /** Waits until /health says the saved change could not be indexed, and returns what it says. */
    private static JsonNode awaitFailing(TestServer server) throws Exception {
        Await.until("/health reports the failing writes", () -> {
            JsonNode health = health(server);
            return health.get("status").asText().equals("degraded")
                    && health.get("indexing").get("state").asText().equals("failing");
        });
        JsonNode health = health(server);
        assertTrue(health.get("indexing").get("since").isTextual(), health.toString());
        assertTrue(health.get("reasons").size() > 0, health.toString());
        return health;
    }

    /** The change saved during the fault becomes searchable with no further save, and /health is ok. */
    private void awaitRecovered(TestServer server) throws Exception {
        passes.awaitUntil("the saved change is indexed once writes work", () ->
                total(server, Articles.ONLY_IN_V2) > 0 && total(server, Articles.ONLY_IN_V1) == 0);
        JsonNode health = health(server);
        assertEquals("ok", health.get("status").asText(), health.toString());
        assertEquals("writable", health.get("index").get("state").asText());
        assertTrue(health.get("lastError").isNull(), health.toString());
    }

    private static long total(TestServer server, String q) throws Exception {
        return server.search(q, IN_ARTICLE).get("total").asLong();
    }

    private static JsonNode health(TestServer server) throws Exception {
        return TestServer.json(server.get("/health").body());
    }

    private void assertSameAsRebuild(TestServer server) throws IOException {
        assertNull(IndexDump.difference(Articles.fullRebuild(server.corpus(), root.resolve("scratch")),
                IndexDump.of(server.index())));
    }
}
