package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hostile corpus files dropped next to a good article while the server watches: each is reported in
 * /health or indexed, the server keeps answering, and the good article is never lost.
 */
class CorpusFaultsIT extends WatchedServerTest {

    private Set<String> problemArticles() throws Exception {
        Set<String> articles = new HashSet<>();
        health().get("problems").forEach(p -> articles.add(p.get("article").asText()));
        return articles;
    }

    private void assertGoodArticleServed() throws Exception {
        assertEquals("select_for_update in Django",
                server.search("select_for_update", "article=advanced-topics.md").get("hits").get(0).get("heading").asText());
    }

    @Test
    void unreadableFilesAreReportedAndNothingElseIsLost() throws Exception {
        Path corpus = server.corpus();
        try (OutputStream huge = Files.newOutputStream(corpus.resolve("huge.md"))) {
            byte[] line = "# heading\n\nsome text that repeats to make a very large file\n".getBytes();
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                huge.write(line);
            }
        }
        Files.write(corpus.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(corpus.resolve("latin1.md"), new byte[] {'#', ' ', 'c', 'a', 'f', (byte) 0xe9, '\n'});
        passes.awaitUntil("three problems are reported",
                () -> problemArticles().containsAll(Set.of("huge.md", "binary.md", "latin1.md")));
        JsonNode health = health();
        assertEquals("degraded", health.get("status").asText());
        health.get("problems").forEach(p -> assertTrue(p.get("message").asText().length() > 10, p.toString()));
        assertGoodArticleServed();
    }

    @Test
    void pathologicalMarkdownNeverStopsTheServer() throws Exception {
        Path corpus = server.corpus();
        StringBuilder nested = new StringBuilder();
        for (int level = 0; level < 10_000; level++) {
            nested.append("  ".repeat(Math.min(level, 40))).append("- level ").append(level).append('\n');
        }
        Files.writeString(corpus.resolve("nested.md"), "- ".repeat(10_000) + "deep\n\n" + nested);
        StringBuilder headings = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            headings.append("## Heading number ").append(i).append("\n\nbody ").append(i).append('\n');
        }
        Files.writeString(corpus.resolve("headings.md"), headings);
        passes.awaitUntil("both files are indexed or reported", () -> {
            Set<String> known = new HashSet<>(problemArticles());
            known.addAll(indexedArticles());
            return known.containsAll(Set.of("nested.md", "headings.md"));
        });
        assertTrue(indexedArticles().contains("headings.md"), "50,000 headings are an article like any other");
        assertEquals("Heading number 43210", server.search("\"Heading number 43210\"", "article=headings.md")
                .get("hits").get(0).get("heading").asText());
        assertGoodArticleServed();
    }

    private Set<String> indexedArticles() throws Exception {
        Set<String> ids = new HashSet<>();
        TestServer.json(server.get("/api/articles").body()).forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    @Test
    void symlinkLoopsAndVanishingFilesAreHarmless() throws Exception {
        Path corpus = server.corpus();
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        Files.createSymbolicLink(corpus.resolve("a.md"), corpus.resolve("b.md"));
        Files.createSymbolicLink(corpus.resolve("b.md"), corpus.resolve("a.md"));
        for (int i = 0; i < 50; i++) {
            Path flicker = corpus.resolve("flicker-" + i + ".md");
            Files.writeString(flicker, "# Flicker " + i + "\n\ntext\n");
            Files.delete(flicker);
        }
        Files.writeString(corpus.resolve("after.md"), "# After\n\nzebrafinch marker text\n");
        passes.awaitUntil("the file written last is searchable", () -> server.search("zebrafinch", null).get("total").asInt() == 1);
        assertEquals(Set.of("advanced-topics.md", "after.md"), indexedArticles());
        assertGoodArticleServed();
    }

    @Test
    void aFileReplacedEveryTenMillisecondsEndsUpIndexedAsLastWritten() throws Exception {
        Path target = server.corpus().resolve("churn.md");
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        Thread searcher = new Thread(() -> searchUntilInterrupted("churn", searches, failed));
        searcher.start();
        int version = 0;
        long end = System.nanoTime() + 3_000_000_000L;
        try {
            while (System.nanoTime() < end) {
                version++;
                Path temp = server.corpus().resolve(".churn.tmp");
                Files.writeString(temp, "# Churn\n\nchurn version v" + version + "x\n");
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Thread.sleep(10);
            }
        } finally {
            searcher.interrupt();
            searcher.join();
        }
        String last = "v" + version + "x";
        passes.awaitUntil("the last version is searchable", () -> server.search(last, null).get("total").asInt() == 1);
        assertTrue(searches.get() > 10, "searches ran: " + searches.get());
        assertTrue(!failed.get(), "a search failed while the file churned");
        assertEquals("ok", health().get("status").asText());
        assertGoodArticleServed();
    }

    /** Searches without pause until interrupted, counting searches and noting any that is not a 200. */
    private void searchUntilInterrupted(String word, AtomicInteger searches, AtomicBoolean failed) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (server.get("/search?q=" + word).statusCode() != 200) {
                    failed.set(true);
                }
                searches.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            failed.set(true);
        }
    }
}
