package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Searches from several threads while the article flips between v1 and v2 and while full rebuilds run:
 * no request fails, and every response shows exactly the hits of one version, never a mix.
 */
class ConsistencyIT extends WatchedServerTest {
    /** One word only in v1, one only in v2: a response holding hits for both would be a mix. */
    private static final String QUERY = Articles.ONLY_IN_V1 + " " + Articles.ONLY_IN_V2;
    private static final String EXTRA = "article=" + Articles.ID + "&limit=100";
    /** Two cores: more threads only queue, and each search (a hundred highlighted hits) is not cheap. */
    private static final int SEARCH_THREADS = 3;
    private static final int FLIPS = 4;

    @Override
    void prepare(Path corpus) throws IOException {
        Files.writeString(corpus.resolve(Articles.ID), Articles.v1());
    }

    @Test
    void searchesDuringReindexingNeverFailNorMixVersions() throws Exception {
        Set<String> v1 = hitIds();
        write(Articles.v2());
        passes.awaitUntil("v2 is served", () -> !hitIds().equals(v1));
        Set<String> v2 = hitIds();
        assertNotEquals(v1, v2);
        assertTrue(!v1.isEmpty() && !v2.isEmpty());

        try (Load load = new Load(v1, v2)) {
            for (int i = 0; i < FLIPS; i++) {
                boolean toV1 = i % 2 == 0;
                write(toV1 ? Articles.v1() : Articles.v2());
                passes.awaitUntil("flip " + i + " is served", () -> hitIds().equals(toV1 ? v1 : v2));
            }
            JsonNode rebuild = server.rebuild();
            assertEquals("done", rebuild.get("state").asText(), rebuild.toString());
            assertEquals("[\"" + Articles.ID + "\"]", rebuild.get("report").get("indexed").toString());
            load.assertClean();
        }
    }

    private void write(String text) throws IOException {
        Files.writeString(server.corpus().resolve(Articles.ID), text);
    }

    private Set<String> hitIds() throws Exception {
        JsonNode response = server.search(QUERY, EXTRA);
        Set<String> ids = new TreeSet<>();
        response.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        if (response.get("total").asLong() != ids.size()) {
            throw new AssertionError("more hits than one page: the test needs every hit on it");
        }
        return ids;
    }

    /** Searches continuously from several threads, checking each response against the two versions. */
    private final class Load implements AutoCloseable {
        private final Set<String> v1;
        private final Set<String> v2;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger responses = new AtomicInteger();
        private final AtomicInteger[] seen = {new AtomicInteger(), new AtomicInteger()};
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(Set<String> v1, Set<String> v2) {
            this.v1 = v1;
            this.v2 = v2;
            for (int i = 0; i < SEARCH_THREADS; i++) {
                threads.add(Thread.ofPlatform().name("searcher-" + i).start(this::searchUntilStopped));
            }
        }

        private void searchUntilStopped() {
            while (running.get()) {
                try {
                    check(hitIds());
                } catch (Throwable e) {
                    errors.add(e.toString());
                }
            }
        }

        private void check(Set<String> ids) {
            responses.incrementAndGet();
            if (ids.equals(v1)) {
                seen[0].incrementAndGet();
            } else if (ids.equals(v2)) {
                seen[1].incrementAndGet();
            } else {
                errors.add("a response matching neither version: " + ids);
            }
        }

        void assertClean() throws InterruptedException {
            stopThreads();
            assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(5, errors.size())),
                    errors.size() + " of " + responses.get() + " responses failed or mixed versions");
            assertTrue(seen[0].get() > 0 && seen[1].get() > 0, "both versions were seen while flipping");
        }

        private void stopThreads() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        @Override
        public void close() throws InterruptedException {
            stopThreads();
        }
    }
}

