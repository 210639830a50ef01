package docsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.corpus.CorpusReader;
import docsift.corpus.SyncReport;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up's throwaway pass: the real article written into an index of its own, which is then deleted. */
class WritePathWarmupTest {
    @TempDir
    Path root;

    @Test
    void writesTheArticleIntoAThrowawayIndexAndDeletesIt() throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.copy(Path.of("corpus/advanced-topics.md"), corpus.resolve("advanced-topics.md"));
        Path folder = Files.createDirectories(root.resolve("warmup"));

        Optional<SyncReport> report = WritePathWarmup.run(new CorpusReader(corpus), new MarkdownParser(),
                "advanced-topics.md", folder);

        assertEquals(List.of("advanced-topics.md"), report.orElseThrow().indexed());
        assertTrue(report.orElseThrow().sections() > 50, report.toString());
        assertFalse(Files.exists(folder), "the throwaway index is deleted");
        assertEquals(List.of(corpus.resolve("advanced-topics.md")), Files.list(corpus).toList(),
                "the corpus is only read");
    }

    @Test
    void anArticleThatIsGoneWarmsNothing() throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Path folder = Files.createDirectories(root.resolve("warmup"));

        assertEquals(List.of(), WritePathWarmup.run(new CorpusReader(corpus), new MarkdownParser(), "gone.md",
                folder).orElseThrow().indexed());
        assertFalse(Files.exists(folder));
    }

    @Test
    void foldersLeftByStoppedPassesAreDeletedButNotOneInUse() throws IOException {
        Path left = root.resolve(WritePathWarmup.PREFIX + "1");
        Path inUse = root.resolve(WritePathWarmup.PREFIX + "2");
        Path own = Files.createDirectories(root.resolve(WritePathWarmup.PREFIX + "3"));
        Path other = Files.createDirectories(root.resolve("other")).resolve("keep.txt");
        Files.writeString(other, "not ours");
        try (FSDirectory stopped = FSDirectory.open(left.resolve("index"));
             IndexWriter closed = new IndexWriter(stopped, new IndexWriterConfig())) {
            closed.commit();
        }
        try (FSDirectory running = FSDirectory.open(inUse.resolve("index"));
             IndexWriter open = new IndexWriter(running, new IndexWriterConfig())) {
            WritePathWarmup.deleteLeftovers(root, own);

            assertFalse(Files.exists(left), "a stopped pass's folder is deleted");
            assertTrue(Files.exists(inUse.resolve("index")), "a running pass's folder is left alone");
        }
        assertTrue(Files.exists(own), "the caller's own folder is left alone");
        assertTrue(Files.exists(other), "folders with other names are left alone");
    }
}
