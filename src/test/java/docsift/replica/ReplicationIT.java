package docsift.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.Application;
import docsift.corpus.CorpusWatcher;
import docsift.corpus.ServerProcess;
import docsift.http.ServerSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One primary (in this JVM, watching a copy of the real article) and two replicas (child JVMs, each with its
 * own folder) on loopback: a saved edit becomes searchable on both replicas, with the same answers as on the
 * primary; a replica killed with SIGKILL and restarted from its folder catches up with what changed while it
 * was down; the primary closed and restarted while the replicas serve costs no failed search on them, and
 * /health on a replica says when the primary is unreachable.
 */
class ReplicationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: awaits end as soon as the state is reached; the bound only turns a hang into a failure. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path root;

    private Path corpus;
    private Path article;
    private Path web;
    private int primaryPort;

    @Test
    void replicasFollowEditsSurviveKillsAndPrimaryRestarts() throws Exception {
        corpus = Files.createDirectories(root.resolve("corpus"));
        web = Files.createDirectories(root.resolve("web"));
        article = corpus.resolve("advanced-topics.md");
        Files.copy(Path.of("corpus/advanced-topics.md"), article);
        Application primary = startPrimary(0);
        primaryPort = primary.port();
        URI primaryUri = URI.create("http://127.0.0.1:" + primaryPort);
        try (ServerProcess a = replica(primaryUri, root.resolve("replica-a"), web, root.resolve("a.log"));
             ServerProcess b = replica(primaryUri, root.resolve("replica-b"), web, root.resolve("b.log"))) {
            List<ServerProcess> replicas = new ArrayList<>(List.of(a, b));
            for (ServerProcess replica : replicas) {
                awaitHits(replica, "select_for_update");
                assertEquals(hitIds(getPrimary("/search?q=select_for_update")),
                        hitIds(replica.get("/search?q=select_for_update")), "a replica answers as the primary does");
            }

            save("quokkaflux");
            for (ServerProcess replica : replicas) {
                awaitHits(replica, "quokkaflux");
                assertPageFromIndex(replica, "quokkaflux");
            }

            a.kill();
            save("wombatrix");
            awaitHits(b, "wombatrix");
            try (ServerProcess restarted = replica(primaryUri, root.resolve("replica-a"), web,
                    root.resolve("a.log"))) {
                awaitHits(restarted, "quokkaflux");
                awaitHits(restarted, "wombatrix");
                awaitStatus(restarted, "ok");
                primary = restartPrimaryUnderLoad(primary, List.of(restarted, b));
            }
        } finally {
            primary.close();
        }
    }

    /**
     * Searches both replicas without pause while the primary stops, an edit is saved while it is down, and
     * the primary starts again and publishes it: every search must succeed.
     */
    private Application restartPrimaryUnderLoad(Application primary, List<ServerProcess> replicas) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> load = new ArrayList<>();
        for (ServerProcess replica : replicas) {
            load.add(Thread.ofPlatform().start(() -> searchUntil(replica, stop, searches, failures)));
        }
        primary.close();
        for (ServerProcess replica : replicas) {
            awaitStatus(replica, "primary-unreachable");
            awaitHits(replica, "wombatrix"); // still serving its last complete version
        }
        save("numbatique");
        Application restarted = startPrimary(primaryPort);
        for (ServerProcess replica : replicas) {
            awaitHits(replica, "numbatique");
            awaitStatus(replica, "ok");
        }
        stop.set(true);
        for (Thread thread : load) {
            thread.join();
        }
        assertTrue(searches.get() > 0, "the replicas were searched during the restart");
        assertEquals(List.of(), failures, "failed searches on the replicas while the primary restarted");
        return restarted;
    }

    /** {@code serve --replicate-from} in a child JVM, so that it can be killed with SIGKILL; a small heap, as two share the machine. */
    private static ServerProcess replica(URI primary, Path index, Path web, Path log) throws Exception {
        return ServerProcess.start("-Xmx256m", List.of("--replicate-from", primary.toString(), "--index",
                index.toString(), "--web", web.toString()), log);
    }

    private static void searchUntil(ServerProcess replica, AtomicBoolean stop, AtomicLong searches, List<String> failures) {
        String[] queries = {"select_for_update", "middleware", "async await", "quokkaflux", "wombatrix"};
        for (int i = 0; !stop.get(); i++) {
            try {
                HttpResponse<String> response = replica.get("/search?q=" + queries[i % queries.length].replace(" ", "+"));
                if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                failures.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            searches.incrementAndGet();
        }
    }

    private Application startPrimary(int port) throws IOException {
        ServerSettings settings = new ServerSettings("127.0.0.1", port, web, null, null, 32,
                ServerSettings.DEFAULT_CACHE_SIZE);
        return Application.start(new Application.Config(corpus, root.resolve("primary-index"), settings,
                CorpusWatcher.Settings.DEFAULT, null));
    }

    /** Saves the article with a new section holding {@code word}, which nothing else in it contains. */
    private void save(String word) throws IOException {
        Files.writeString(article, "\n\n## Replication marker " + word + "\n\nThe word " + word + " is written here only.\n",
                StandardOpenOption.APPEND);
    }

    private HttpResponse<String> getPrimary(String pathAndQuery) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + primaryPort + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The replica renders the article page and the section from its index: it has no corpus. */
    private static void assertPageFromIndex(ServerProcess replica, String word) throws Exception {
        JsonNode hit = JSON.readTree(replica.get("/search?q=" + word).body()).get("hits").get(0);
        HttpResponse<String> page = replica.get("/articles/" + hit.get("article").asText());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("The word " + word + " is written here only."), "the page has the saved edit");
        String id = hit.get("id").asText();
        HttpResponse<String> section = replica.get("/api/sections/" + id.replace("#", "%23"));
        assertEquals(200, section.statusCode(), section.body());
        assertTrue(JSON.readTree(section.body()).get("html").asText().contains(word));
    }

    private static List<String> hitIds(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static void awaitHits(ServerProcess replica, String word) throws Exception {
        await(() -> {
            HttpResponse<String> response = replica.get("/search?q=" + word);
            return response.statusCode() == 200 && JSON.readTree(response.body()).get("total").asLong() > 0;
        }, "'" + word + "' searchable on the replica");
    }

    private static void awaitStatus(ServerProcess replica, String status) throws Exception {
        await(() -> {
            JsonNode health = JSON.readTree(replica.get("/health").body());
            return status.equals(health.path("replication").path("status").asText());
        }, "replica status " + status);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Polls until the condition holds: the replicas are other processes, and their state is observable
     * over HTTP only. Fails after {@link #PATIENCE}.
     */
    private static void await(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
