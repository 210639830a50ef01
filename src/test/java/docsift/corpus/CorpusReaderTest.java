package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a corpus folder are articles. */
class CorpusReaderTest {
    @TempDir
    Path corpus;

    @Test
    void markdownMdxAndMarkdownExtensionsAreArticlesInAnyCase() {
        for (String name : List.of("a.md", "B.MD", "c.markdown", "d.mdx", "e.MDX")) {
            assertTrue(CorpusReader.isMarkdownName(Path.of("docs", name)), name);
        }
        for (String name : List.of(".hidden.md", "notes.txt", "page.html", "md", "x.md.bak", "x.mdown")) {
            assertFalse(CorpusReader.isMarkdownName(Path.of("docs", name)), name);
        }
    }

    @Test
    void everyMarkdownFlavourIsListed() throws IOException {
        for (String name : List.of("guide.md", "post.markdown", "page.mdx", "readme.txt")) {
            Files.writeString(corpus.resolve(name), "# " + name + "\n\nText.\n");
        }
        List<String> ids = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_BYTES).list().stream()
                .map(CorpusFile::id).sorted().toList();
        assertEquals(List.of("guide.md", "page.mdx", "post.markdown"), ids);
    }
}
