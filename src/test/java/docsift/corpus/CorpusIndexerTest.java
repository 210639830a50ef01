package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.index.IndexDump;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.SegmentInfos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Incremental indexing at the Java level, on the two real versions of the article: every update leaves the
 * index equal to a full rebuild, unchanged saves cost nothing, broken files keep the last good version, and a
 * restart catches up with what changed meanwhile.
 */
class CorpusIndexerTest {
    /** Small enough to make a limit test cheap, large enough for v2 (about 156 KB). */
    private static final long MAX_BYTES = 200_000;

    @TempDir
    Path tmp;
    private Path corpus;
    private IndexStore store;
    private CorpusIndexer indexer;
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void open() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve(Articles.ID), Articles.v1());
        openIndexer();
        indexer.catchUp();
    }

    private void openIndexer() throws IOException {
        store = IndexStore.open(tmp.resolve("index"));
        indexer = new CorpusIndexer(new CorpusReader(corpus, MAX_BYTES), new MarkdownParser(), store,
                refreshes::incrementAndGet);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void everyIncrementalUpdateEqualsAFullRebuild() throws IOException {
        assertSameAsRebuild();
        SyncReport toV2 = save(Articles.ID, Articles.v2());
        assertEquals(List.of(Articles.ID), toV2.indexed());
        assertSameAsRebuild();
        save(Articles.ID, Articles.v1());
        assertSameAsRebuild();
        save("notes/second.md", "# Second\n\n## Part one\n\nSome *text*.\n\n```python\nprint(1)\n```\n");
        assertSameAsRebuild();
        assertEquals(2, indexer.committedArticles().size());
    }

    @Test
    void renameMovesTheSectionsInOneCommit() throws IOException {
        Path from = corpus.resolve(Articles.ID);
        Path to = Files.createDirectories(corpus.resolve("moved")).resolve("renamed.md");
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        int before = refreshes.get();
        SyncReport report = indexer.update(List.of(from, to));
        assertEquals(List.of("moved/renamed.md"), report.indexed());
        assertEquals(List.of(Articles.ID), report.deleted());
        assertEquals(before + 1, refreshes.get(), "one commit and one refresh for both halves of the rename");
        assertSameAsRebuild();
    }

    @Test
    void deleteRemovesEverySection() throws IOException {
        Path file = corpus.resolve(Articles.ID);
        Files.delete(file);
        assertEquals(List.of(Articles.ID), indexer.update(List.of(file)).deleted());
        assertTrue(IndexDump.of(store.directory()).isEmpty());
        assertSameAsRebuild();
    }

    @Test
    void saveWithoutChangeWritesNothing() throws IOException {
        long generation = commitGeneration();
        SyncReport report = save(Articles.ID, Articles.v1());
        assertFalse(report.changedIndex());
        assertEquals(1, report.unchanged());
        assertEquals(generation, commitGeneration());
        assertEquals(0, refreshes.get() - 1, "only the initial build refreshed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"invalid-utf8", "nul-bytes", "too-large", "cut-mid-character"})
    void brokenFileKeepsThePreviousVersionUntilTheNextGoodSave(String kind) throws IOException {
        SortedMap<String, String> good = IndexDump.of(store.directory());
        Path file = corpus.resolve(Articles.ID);
        Files.write(file, broken(kind));
        SyncReport report = indexer.update(List.of(file));
        assertFalse(report.changedIndex());
        assertEquals(1, report.problems().size());
        IndexingProblem problem = indexer.problems().get(Articles.ID);
        assertTrue(problem.message().startsWith(Articles.ID + ": "), problem.message());
        assertEquals(good, IndexDump.of(store.directory()), "the last good version stays searchable");

        save(Articles.ID, Articles.v2());
        assertEquals(Map.of(), indexer.problems());
        assertSameAsRebuild();
    }

    private static byte[] broken(String kind) {
        byte[] v2 = Articles.v2().getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case "invalid-utf8" -> concat(v2, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
            case "nul-bytes" -> concat(v2, new byte[] {0, 1, 2, 0});
            case "too-large" -> concat(v2, new byte[(int) MAX_BYTES]);
            // A save caught halfway through a two-byte character ("é" is C3 A9).
            case "cut-mid-character" -> concat("# Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3});
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void restartCatchesUpWithEditsAddsAndDeletesOnly() throws IOException {
        save("b.md", "# B\n\nText of b.\n");
        save("c.md", "# C\n\nText of c.\n");
        store.close();

        Files.writeString(corpus.resolve(Articles.ID), Articles.v2());
        Files.delete(corpus.resolve("c.md"));
        Files.writeString(corpus.resolve("d.md"), "# D\n\nText of d.\n");
        openIndexer();
        SyncReport report = indexer.catchUp();
        assertEquals(List.of(Articles.ID, "d.md"), report.indexed());
        assertEquals(List.of("c.md"), report.deleted());
        assertEquals(1, report.unchanged(), "b.md was not re-parsed nor rewritten");
        assertSameAsRebuild();

        assertFalse(indexer.catchUp().changedIndex(), "a second catch-up finds nothing to do");
    }

    @Test
    void aHeadingAsLongAsABookIsIndexedWithAShortAnchor() throws IOException {
        // Its slug was the section id, past Lucene's 32 KB limit on a term: the whole build failed.
        String heading = "Heading " + "word ".repeat(10_000);
        SyncReport report = save("long.md", "# " + heading + "\n\nBody text.\n\n## " + heading + "\n\nMore.\n");
        assertEquals(List.of("long.md"), report.indexed(), report.toString());
        assertEquals(List.of(), report.problems());
        for (String id : IndexDump.of(store.directory()).keySet()) {
            assertTrue(id.length() < 300, "a short section id: " + id.length());
        }
        assertSameAsRebuild();
    }

    @Test
    void anArticleWithoutSectionsIsNotRewrittenAtEveryStart() throws IOException {
        save("empty.md", "---\ntitle: Empty\n---\n");
        save("emptied.md", "# Emptied\n\nText that goes away.\n");
        assertEquals(List.of("emptied.md"), save("emptied.md", "").indexed(), "its sections are removed");
        store.close();

        openIndexer();
        long generation = commitGeneration();
        SyncReport report = indexer.catchUp();
        assertFalse(report.changedIndex(), report.toString());
        assertEquals(3, report.unchanged());
        assertEquals(generation, commitGeneration(), "no commit for files with nothing to index");
        assertSameAsRebuild();
    }

    @Test
    void rebuildRewritesEverythingAndEqualsAFreshBuild() throws IOException {
        save("b.md", "# B\n\nText of b.\n");
        SyncReport report = indexer.rebuild();
        assertEquals(List.of(Articles.ID, "b.md"), report.indexed());
        assertSameAsRebuild();
    }

    private SyncReport save(String id, String text) throws IOException {
        Path file = corpus.resolve(id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return indexer.update(List.of(file));
    }

    private long commitGeneration() throws IOException {
        return SegmentInfos.getLastCommitGeneration(store.directory());
    }

    private void assertSameAsRebuild() throws IOException {
        SortedMap<String, String> expected = Articles.fullRebuild(corpus, tmp.resolve("scratch"));
        assertNull(IndexDump.difference(expected, IndexDump.of(store.directory())));
        assertFalse(expected.isEmpty() && Files.exists(corpus.resolve(Articles.ID)));
    }
}
