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
}
