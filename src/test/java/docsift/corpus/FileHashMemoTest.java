package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.index.IndexDump;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up catch-up's shortcut, on the real article: a restart reads only the files whose size, modification
 * time or inode changed, and falls back to reading and hashing every file when a file was modified just before it
 * was read or the memo is damaged. Files are given old modification times the way an unpacked corpus has them.
 */
class FileHashMemoTest {
    /** B's text and another of the same length: an edit that keeps the size. */
    private static final String B = "# B\n\nText of b.\n";
    private static final String B_EDITED = "# B\n\nWords of b\n";
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

    @TempDir
    Path tmp;
    private Path corpus;
    private IndexStore store;
    private CorpusIndexer indexer;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve(Articles.ID), Articles.v1());
        Files.writeString(corpus.resolve("b.md"), B);
        Files.setLastModifiedTime(corpus.resolve(Articles.ID), AN_HOUR_AGO);
        Files.setLastModifiedTime(corpus.resolve("b.md"), AN_HOUR_AGO);
    }

    @AfterEach
    void close() throws IOException {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aRestartReadsOnlyTheFilesWhoseMetadataChanged() throws IOException {
        restart();
        assertTrue(Files.exists(tmp.resolve("index").resolve(FileHashMemo.FILE_NAME)));
        // Rewritten in place with the same size and modification time: the metadata says "unchanged", and the memo
        // believes it, as make and rsync's quick check do. That the old text is still indexed proves it was not read.
        Files.writeString(corpus.resolve("b.md"), B_EDITED);
        Files.setLastModifiedTime(corpus.resolve("b.md"), AN_HOUR_AGO);
        SyncReport unread = restart();
        assertEquals(List.of(), unread.indexed());
        assertEquals(2, unread.unchanged());
        assertTrue(indexedText().contains("Text of b."), "b.md was not read");

        // Any change of its metadata (here the modification time) has it read again.
        Files.setLastModifiedTime(corpus.resolve("b.md"), FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(1)));
        SyncReport reread = restart();
        assertEquals(List.of("b.md"), reread.indexed());
        assertTrue(indexedText().contains("Words of b"));
        assertSame();
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsReadAgainAtTheNextStart() throws IOException {
        Files.setLastModifiedTime(corpus.resolve("b.md"), FileTime.from(Instant.now()));
        FileTime justNow = Files.getLastModifiedTime(corpus.resolve("b.md"));
        restart();
        // The same size and modification time again: another write within the same clock tick.
        Files.writeString(corpus.resolve("b.md"), B_EDITED);
        Files.setLastModifiedTime(corpus.resolve("b.md"), justNow);
        assertEquals(List.of("b.md"), restart().indexed(), "b.md was not remembered, so it was read");
        assertSame();
    }

    @Test
    void aDamagedMemoIsIgnoredAndEveryFileIsRead() throws IOException {
        restart();
        Files.writeString(tmp.resolve("index").resolve(FileHashMemo.FILE_NAME), "docsift-file-hashes 2\nb.md\tno\n");
        Files.writeString(corpus.resolve("b.md"), B_EDITED);
        Files.setLastModifiedTime(corpus.resolve("b.md"), AN_HOUR_AGO);
        assertEquals(List.of("b.md"), restart().indexed());
        assertSame();
    }

    @Test
    void aDeletedFileIsForgottenAndAnUnchangedCorpusCostsNoCommit() throws IOException {
        restart();
        Files.delete(corpus.resolve("b.md"));
        assertEquals(List.of("b.md"), restart().deleted());
        String memo = Files.readString(tmp.resolve("index").resolve(FileHashMemo.FILE_NAME));
        assertTrue(!memo.contains("b.md") && memo.contains(Articles.ID), memo);
        assertEquals(1, restart().unchanged());
        assertSame();
    }

    @Test
    void aPageIsReadAgainWhenAnIncludeChangesAndKeepsItsIncludesWhenNotRead() throws IOException {
        Path note = Files.createDirectories(corpus.resolve("_includes/common")).resolve("note.md");
        writeOld(note, "A quiescent snapshot handshake.\n");
        // Front matter makes the page a Jekyll template, whose includes are expanded.
        writeOld(corpus.resolve("c.md"), "---\ntitle: C\n---\n\n# C\n\nBefore the note.\n\n{% include common/note.md %}\n");
        restart();
        assertTrue(indexedText().contains("quiescent"), "the note is on the page");
        assertEquals(3, restart().unchanged(), "nothing read again");
        // The include graph came from the memo: saving the include while serving re-indexes the page.
        Files.writeString(note, "A lively snapshot handshake.\n");
        assertEquals(List.of("c.md"), indexer.update(List.of(note)).indexed());
        assertTrue(indexedText().contains("lively"));
        assertSame();

        // Changed while docsift was not running, with a modification time an hour old: its own metadata changed.
        writeOld(note, "A sleepy snapshot handshake.\n");
        Files.setLastModifiedTime(note, FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(5)));
        assertEquals(List.of("c.md"), restart().indexed());
        assertTrue(indexedText().contains("sleepy"));
        assertSame();
    }

    private static void writeOld(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
    }

    /** Closes the index (if open) and opens it again with a new indexer, as a restart does, then catches up. */
    private SyncReport restart() throws IOException {
        if (store != null) {
            store.close();
        }
        store = IndexStore.open(tmp.resolve("index"));
        indexer = new CorpusIndexer(new CorpusReader(corpus), new MarkdownParser(), store, () -> { });
        return indexer.catchUp();
    }

    private String indexedText() throws IOException {
        return String.join("\n", IndexDump.of(store.directory()).values());
    }

    private void assertSame() throws IOException {
        SortedMap<String, String> expected = Articles.fullRebuild(corpus, tmp.resolve("scratch"));
        assertNull(IndexDump.difference(expected, IndexDump.of(store.directory())));
    }
}
