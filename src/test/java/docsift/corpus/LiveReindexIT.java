package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import docsift.index.IndexDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * A real server watching its corpus while the article changes under it: v1 to v2 and back, delete, rename,
 * a second article, broken saves, unchanged saves and a restart. After every change the index must equal a
 * full rebuild of the same corpus.
 */
class LiveReindexIT extends WatchedServerTest {
    private static final String IN_ARTICLE = "article=" + Articles.ID;

    @Override
    void prepare(Path corpus) throws IOException {
        Files.writeString(corpus.resolve(Articles.ID), Articles.v1());
    }

    private Path article() {
        return server.corpus().resolve(Articles.ID);
    }

    @Test
    void v2SectionsAppearAndV1TextGoesThenBack() throws Exception {
        assertTrue(total(Articles.ONLY_IN_V1, IN_ARTICLE) > 0);
        assertEquals(0, total(Articles.ONLY_IN_V2, IN_ARTICLE));

        Files.writeString(article(), Articles.v2());
        passes.awaitUntil("v2 is searchable", () -> total(Articles.ONLY_IN_V2, IN_ARTICLE) > 0);
        assertEquals(0, total(Articles.ONLY_IN_V1, IN_ARTICLE), "v1-only text is gone in the same commit");
        assertEquals("Dependency Injection in FastAPI", firstHeading("dependency injection fastapi"));
        assertEquals("FastAPI related topics", firstHit("fastapi", IN_ARTICLE).get("topic").asText());
        assertSameAsRebuild();

        saveLikeAnEditor(Articles.v1());
        passes.awaitUntil("v1 is back", () -> total(Articles.ONLY_IN_V2, IN_ARTICLE) == 0);
        assertTrue(total(Articles.ONLY_IN_V1, IN_ARTICLE) > 0);
        assertSameAsRebuild();
    }

    @Test
    void deleteRenameAndSecondArticle() throws Exception {
        Files.delete(article());
        passes.awaitUntil("the deleted article's sections are gone", () -> total("python", null) == 0);
        assertSameAsRebuild();

        Files.writeString(article(), Articles.v2());
        passes.awaitUntil("the article is back", () -> total(Articles.ONLY_IN_V2, IN_ARTICLE) > 0);
        Path renamed = Files.createDirectories(server.corpus().resolve("python")).resolve("topics.md");
        Files.move(article(), renamed, StandardCopyOption.ATOMIC_MOVE);
        passes.awaitUntil("the sections moved", () -> total(Articles.ONLY_IN_V2, "article=python/topics.md") > 0);
        assertEquals(0, total(Articles.ONLY_IN_V2, IN_ARTICLE));
        assertEquals("/articles/python/topics.md", firstHit(Articles.ONLY_IN_V2, null).get("url").asText()
                .replaceAll("#.*", ""));
        assertSameAsRebuild();

        Files.writeString(server.corpus().resolve("second.md"), "# Second article\n\n## Zebra crossings\n\n"
                + "A zebra crossing is a FastAPI-free zone.\n");
        passes.awaitUntil("the second article is searchable", () -> total("zebra", null) == 1);
        assertEquals(1, total("zebra", "article=second.md"));
        assertEquals(0, total("zebra", "article=python/topics.md"));
        assertTrue(total(Articles.ONLY_IN_V2, "article=second.md") == 1);
        assertTrue(total(Articles.ONLY_IN_V2, "article=python/topics.md") > 1);
        assertEquals(2, TestServer.json(server.get("/health").body()).get("articles").asInt());
        assertSameAsRebuild();
    }

    @Test
    void aDeletedFolderTreeIsForgottenEveryTime() throws Exception {
        // A race: when the watches of a deleted folder and its subfolder lapsed before their parent's delete
        // event was read, nothing said the articles went with them (by hand, 3 of 120 moved-edited-deleted
        // trees stayed searchable; once in CI). Repeated, since it is a race.
        for (int round = 0; round < 40; round++) {
            Path folder = server.corpus().resolve("tree");
            Files.createDirectories(folder.resolve("deep"));
            Files.writeString(folder.resolve("deep/one.md"), "# One\n\n## Okapi\n\nOkapi facts.\n");
            Files.writeString(folder.resolve("deep/two.md"), "# Two\n\n## Okapi again\n\nMore okapi.\n");
            passes.awaitUntil("round " + round + ": the tree is searchable", () -> total("okapi", null) == 2);
            Path moved = server.corpus().resolve("moved-tree");
            Files.move(folder, moved, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(moved.resolve("deep/two.md"), "# Two\n\n## Edited\n\nQuokka.\n");
            passes.awaitUntil("round " + round + ": the edit is searchable", () -> total("quokka", null) == 1);
            deleteTree(moved);
            passes.awaitUntil("round " + round + ": the deleted tree is gone", () -> total("okapi quokka", null) == 0);
        }
    }

    @Test
    void foldersCreatedMovedAndDeletedWhileServing() throws Exception {
        Path folder = server.corpus().resolve("guides");
        Files.createDirectories(folder.resolve("deep"));
        Files.writeString(folder.resolve("deep/one.md"), "# One\n\n## Walrus operator\n\nAssignment expressions.\n");
        passes.awaitUntil("the new folder's article is searchable", () -> total("walrus", null) == 1);
        Files.writeString(folder.resolve("deep/two.md"), "# Two\n\n## Walrus again\n\nThe new folder is watched too.\n");
        passes.awaitUntil("a file saved later in the new folder is searchable", () -> total("walrus", null) == 2);

        Path moved = server.corpus().resolve("moved-guides");
        Files.move(folder, moved, StandardCopyOption.ATOMIC_MOVE);
        passes.awaitUntil("the folder's articles moved", () -> total("walrus", "article=moved-guides/deep/one.md") == 1);
        Files.writeString(moved.resolve("deep/two.md"), "# Two\n\n## Edited in the moved folder\n\nNarwhal.\n");
        passes.awaitUntil("an edit in the moved folder is searchable", () -> total("narwhal", null) == 1);
        assertSameAsRebuild();

        deleteTree(moved);
        passes.awaitUntil("the deleted folder's articles are gone", () -> total("walrus narwhal", null) == 0);
        assertTrue(total(Articles.ONLY_IN_V1, IN_ARTICLE) > 0);
        assertSameAsRebuild();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void brokenSaveKeepsTheLastGoodVersionAndShowsInHealth() throws Exception {
        byte[] cut = Articles.v2().substring(0, 5000).getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(cut, cut.length + 2);
        broken[cut.length] = (byte) 0xC3; // a two-byte character cut in half, then a NUL
        Files.write(article(), broken);
        passes.awaitUntil("the problem is reported", () -> !health().get("problems").isEmpty());
        JsonNode health = health();
        assertEquals("degraded", health.get("status").asText());
        assertEquals(Articles.ID, health.get("problems").get(0).get("article").asText());
        assertTrue(health.get("lastError").asText().contains(Articles.ID), health.toString());
        assertTrue(total(Articles.ONLY_IN_V1, IN_ARTICLE) > 0, "v1 still searchable");

        Files.writeString(article(), Articles.v2());
        passes.awaitUntil("the next good save recovers", () -> total(Articles.ONLY_IN_V2, IN_ARTICLE) > 0);
        assertEquals("ok", health().get("status").asText());
        assertSameAsRebuild();
    }

    @Test
    void saveWithoutChangeCostsNoCommit() throws Exception {
        long generation = commitGeneration();
        passes.clear();
        Files.writeString(article(), Articles.v1());
        SyncReport report = passes.next();
        assertFalse(report.changedIndex());
        assertEquals(1, report.unchanged());
        assertEquals(generation, commitGeneration());
    }

    @Test
    void restartCatchesUpWithoutRewritingUnchangedArticles() throws Exception {
        Files.writeString(server.corpus().resolve("b.md"), "# B\n\nBeta text.\n");
        Files.writeString(server.corpus().resolve("c.md"), "# C\n\nGamma text.\n");
        passes.awaitUntil("b and c are indexed", () -> total("beta gamma", null) == 2);
        server.close();

        Files.writeString(article(), Articles.v2());
        Files.delete(server.corpus().resolve("c.md"));
        Files.writeString(server.corpus().resolve("d.md"), "# D\n\nDelta text.\n");
        server.start(CorpusWatcher.Settings.DEFAULT, passes);
        SyncReport report = server.app().startupReport();
        assertEquals(List.of(Articles.ID, "d.md"), report.indexed());
        assertEquals(List.of("c.md"), report.deleted());
        assertEquals(1, report.unchanged());
        assertEquals(2, total("beta gamma delta", null));
        assertTrue(total(Articles.ONLY_IN_V2, IN_ARTICLE) > 0);
        assertSameAsRebuild();
    }

    /** Writes a temporary file and renames it over the article, as many editors save. */
    private void saveLikeAnEditor(String text) throws IOException {
        Path temporary = server.corpus().resolve("." + Articles.ID + ".swp");
        Files.writeString(temporary, text);
        Files.move(temporary, article(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private long total(String q, String extra) throws Exception {
        return server.search(q, extra).get("total").asLong();
    }

    private JsonNode firstHit(String q, String extra) throws Exception {
        return server.search(q, extra).get("hits").get(0);
    }

    private String firstHeading(String q) throws Exception {
        return firstHit(q, IN_ARTICLE).get("heading").asText();
    }

    private long commitGeneration() throws IOException {
        try (Directory directory = FSDirectory.open(server.index())) {
            return SegmentInfos.getLastCommitGeneration(directory);
        }
    }

    private void assertSameAsRebuild() throws IOException {
        assertNull(IndexDump.difference(Articles.fullRebuild(server.corpus(), root.resolve("scratch")),
                IndexDump.of(server.index())));
    }
}
