package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import docsift.index.IndexDump;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docsift serve} in a child JVM, killed with SIGKILL in the middle of a full rebuild or of watcher
 * passes: each time the index must pass CheckIndex and open at its last commit, the next start must answer
 * and catch up with what changed meanwhile, and in the end the index must equal a full rebuild. Three kills
 * in CI; {@code bench/crash-repeat.sh} runs twenty ({@code -Dcrash.kills=20}).
 */
class CrashRecoveryIT {
    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    /** Copies of the article, so that a rebuild lasts long enough to be killed in the middle. */
    private static final int COPIES = 6;

    @TempDir
    Path root;

    @Test
    void killedWhileIndexingTheIndexOpensAnswersAndCatchesUp() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Path index = root.resolve("index");
        Path web = Files.createDirectories(root.resolve("web"));
        Path log = root.resolve("server.log");
        for (int i = 0; i < COPIES; i++) {
            Files.writeString(corpus.resolve("copy-" + i + ".md"), i % 2 == 0 ? Articles.v1() : Articles.v2());
        }
        int window = rebuildMillis(corpus, index, web, log);
        int killedMidRebuild = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            String context = "kill " + kill + " (seed " + seed + ", log " + log + ")";
            try (ServerProcess server = ServerProcess.start(corpus, index, web, log)) {
                assertAnswers(server, context);
                boolean rebuilding = kill % 2 == 0;
                String rebuild = rebuilding ? startRebuild(server) : null;
                if (!rebuilding) {
                    flipAll(corpus, kill); // the watcher re-indexes every copy in one pass
                }
                // Deliberately no await: the point is to die at an arbitrary moment of the write.
                Thread.sleep(random.nextInt(window));
                killedMidRebuild += rebuilding && unfinished(server, rebuild) ? 1 : 0;
                server.kill();
            }
            assertIntact(index, context);
            changeWhileDown(corpus, kill);
        }
        try (ServerProcess server = ServerProcess.start(corpus, index, web, log)) {
            assertAnswers(server, "final start");
            assertEquals("ok", TestServer.json(server.get("/health").body()).get("status").asText());
        }
        assertNull(IndexDump.difference(Articles.fullRebuild(corpus, root.resolve("scratch")), IndexDump.of(index)),
                "after the last start the index equals a full rebuild");
        assertTrue(killedMidRebuild > 0 || KILLS < 2, "no kill landed in the middle of a rebuild (seed " + seed + ")");
    }

    /**
     * How long a full rebuild takes here, less a margin: kills happen at a random moment within that window
     * after the write starts, so that they land inside it on fast and slow machines alike.
     */
    private static int rebuildMillis(Path corpus, Path index, Path web, Path log) throws Exception {
        try (ServerProcess server = ServerProcess.start(corpus, index, web, log)) {
            HttpResponse<String> queued = server.postAsync("/api/reindex").get();
            assertEquals(202, queued.statusCode(), queued.body());
            HttpResponse<String> rebuild = server.get(queued.headers().firstValue("Location").orElseThrow() + "?wait=60");
            assertEquals(200, rebuild.statusCode(), rebuild.body());
            JsonNode job = TestServer.json(rebuild.body());
            assertEquals("done", job.get("state").asText(), job.toString());
            return Math.max(1, (int) (job.get("report").get("tookMs").asLong() * 0.8));
        }
    }

    /** Queues a rebuild (it starts at once on the idle indexing thread); returns where to follow it. */
    private static String startRebuild(ServerProcess server) throws Exception {
        HttpResponse<String> queued = server.postAsync("/api/reindex").get();
        assertEquals(202, queued.statusCode(), queued.body());
        return queued.headers().firstValue("Location").orElseThrow();
    }

    /** True while the rebuild has not finished: a kill now lands in its middle. */
    private static boolean unfinished(ServerProcess server, String rebuild) throws Exception {
        String state = TestServer.json(server.get(rebuild).body()).get("state").asText();
        return state.equals("queued") || state.equals("running");
    }

    private static void flipAll(Path corpus, int round) throws IOException {
        for (int i = 0; i < COPIES; i++) {
            boolean v1 = (i + round) % 2 == 0;
            Files.writeString(corpus.resolve("copy-" + i + ".md"), v1 ? Articles.v1() : Articles.v2());
        }
    }

    /** Edits one article, deletes the file added last time and adds another, all while no server runs. */
    private static void changeWhileDown(Path corpus, int round) throws IOException {
        Path copy = corpus.resolve("copy-" + (round % COPIES) + ".md");
        Files.writeString(copy, Files.readString(copy).equals(Articles.v1()) ? Articles.v2() : Articles.v1());
        Files.deleteIfExists(corpus.resolve("extra-" + (round - 1) + ".md"));
        Files.writeString(corpus.resolve("extra-" + round + ".md"), "# Extra " + round + "\n\nAdded while down.\n");
    }

    private static void assertAnswers(ServerProcess server, String context) throws Exception {
        HttpResponse<String> response = server.get("/search?q=select_for_update");
        assertEquals(200, response.statusCode(), context + ": " + response.body());
        JsonNode body = TestServer.json(response.body());
        assertTrue(body.get("total").asLong() > 0, context + ": no hits");
    }

    private static void assertIntact(Path index, String context) throws IOException {
        try (Directory directory = FSDirectory.open(index)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.numDocs() > 0, context + ": the last commit holds no documents");
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                assertTrue(check.checkIndex().clean, context + ": CheckIndex found problems");
            }
        }
    }
}
