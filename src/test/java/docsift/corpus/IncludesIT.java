package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.TestFolders;
import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages as readers see them, on a copy of the versioned fixture site served by a real server with its watcher:
 * includes expanded into the pages (by version, with parameters, nested), underscore and excluded folders never
 * pages, and a saved, created or deleted include re-indexing every page that includes it. One server for the
 * class; the live test runs last, as it edits the corpus.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncludesIT {
    private static final Path FIXTURE = Path.of("src/test/resources/corpora/versioned-site");

    @TempDir
    static Path root;
    private static TestServer server;
    private static final Passes PASSES = new Passes();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = root.resolve("site");
        TestFolders.copyTree(FIXTURE, corpus);
        server = new TestServer(root, corpus, false).start(CorpusWatcher.Settings.DEFAULT, PASSES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Articles of the hits for q (all kinds of section hits, up to 100), sorted. */
    private static Set<String> articles(String q) throws Exception {
        Set<String> ids = new TreeSet<>();
        // Every version's copy: which pages hold the text, not one hit per page across versions.
        server.search(q, "limit=100&collapse=none&group=none").get("hits")
                .forEach(hit -> ids.add(hit.get("article").asText()));
        return ids;
    }

    private static long total(String q, String article) throws Exception {
        return server.search(q, "article=" + TestServer.encode(article)).get("total").asLong();
    }

    @Test
    @Order(1)
    void includedTextIsFoundOnThePagesThatIncludeItByVersion() throws Exception {
        assertEquals(1, total("quiescent snapshot handshake", "v2.0/begin-transaction.md"));
        assertTrue(server.search("\"BEGIN takes a quiescent snapshot\"", "article=v2.0/begin-transaction.md&limit=1")
                .get("hits").get(0).get("snippet").asText().contains("FixtureDB v2.0"), "the v2.0 note, not another version's");
        assertEquals(Set.of("v1.0/begin-transaction.md", "v2.0/begin-transaction.md", "v3.0/begin-transaction.md",
                "v1.0/commit.md", "v2.0/commit.md", "v3.0/commit.md"), articles("forum maintainers"));
        // include.topic: the page passes "transactions"; the nested include in commit.md passes "statements".
        assertEquals(1, total("\"questions about transactions\"", "v3.0/begin-transaction.md"));
        assertEquals(1, total("\"questions about statements\"", "v3.0/commit.md"));
        assertEquals(0, total("\"include.topic\"", "v3.0/commit.md"));
    }

    @Test
    @Order(2)
    void underscoreAndExcludedFoldersAreNeitherArticlesNorHits() throws Exception {
        JsonNode list = TestServer.json(server.get("/api/articles").body());
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(10, ids.size(), ids.toString());
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("_") || id.startsWith("archived/")), ids.toString());
        assertTrue(articles("archived manual").stream().noneMatch(id -> id.startsWith("archived/")));
        assertEquals(404, server.get("/articles/_includes/common/support.md").statusCode());
    }

    @Test
    @Order(3)
    void theArticlePageShowsTheIncludedText() throws Exception {
        String page = server.get("/articles/v2.0/begin-transaction.md").body();
        assertTrue(page.contains("quiescent snapshot handshake"), "the included note is on the page");
        assertFalse(page.contains("{% include"), "no tag left");
        // The self-including fragment is expanded once and cut where it would loop.
        String legacy = server.get("/articles/v1.0/legacy-backup.md").body();
        assertEquals(1, legacy.split("Loops are cut", -1).length - 1);
    }

    @Test
    @Order(4)
    void theSiteApiGivesTheTitleAndTheSettingsExamples() throws Exception {
        JsonNode site = TestServer.json(server.get("/api/site").body());
        assertEquals("FixtureDB Docs", site.get("title").asText());
        List<String> examples = new java.util.ArrayList<>();
        site.get("examples").forEach(e -> examples.add(e.asText()));
        assertEquals(List.of("begin transaction", "savepoint rollback", "backup retention"), examples);
    }

    @Test
    @Order(5)
    void savingCreatingAndDeletingAnIncludeReindexesThePagesThatIncludeIt() throws Exception {
        Path corpus = server.corpus();
        // Nested: support.md is included by the begin pages and, through nested.md, by the commit pages.
        Files.writeString(corpus.resolve("_includes/common/support.md"),
                "Questions about {{ include.topic }}? Ask the platypus desk.\n");
        PASSES.awaitUntil("every page including support.md has the new text", () -> articles("platypus").size() == 6);
        assertEquals(0, total("forum maintainers", "v3.0/commit.md"), "the old text went in the same pass");

        Files.writeString(corpus.resolve("_includes/v3.0/begin-note.md"), "In v3.0, BEGIN waits for a wombat.\n");
        PASSES.awaitUntil("the v3.0 page has its new note", () -> total("wombat", "v3.0/begin-transaction.md") == 1);
        assertEquals(Set.of("v3.0/begin-transaction.md"), articles("wombat"), "other versions keep their own notes");

        Path preview = corpus.resolve("_includes/v3.0/savepoint-preview.md");
        Files.writeString(preview, "Savepoints are a preview feature, as fragile as a narwhal.\n");
        PASSES.awaitUntil("an include created later is expanded", () -> total("narwhal", "v3.0/savepoint.md") == 1);
        Files.delete(preview);
        PASSES.awaitUntil("a deleted include's text is gone", () -> total("narwhal", "v3.0/savepoint.md") == 0);
        assertTrue(articles("narwhal").isEmpty());
    }
}
