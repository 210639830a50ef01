package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.ArticleRenderer;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article pages are bounded: nesting and size render as plain text with a note, and the cache by its pages' size. */
class ArticlePagesTest {
    @TempDir
    Path corpus;

    private ArticlePages pages(long maxCachedChars) throws IOException {
        return new ArticlePages(new CorpusReader(corpus), new MarkdownParser(), new ArticleRenderer(), maxCachedChars);
    }

    @Test
    void nestingIsEstimatedFromQuoteAndListMarkers() {
        assertEquals(0, ArticlePages.nesting("# Title\n\n        indented code, not nesting\n"));
        assertEquals(3, ArticlePages.nesting("> > - item\n> quote\n"));
        assertEquals(1, ArticlePages.nesting("- a\n  - b\n"), "indentation is left to the renderer's own guard");
        assertEquals(10_000, ArticlePages.nesting(">".repeat(10_000) + " deep\n"));
        assertEquals(10_000, ArticlePages.nesting("- ".repeat(10_000) + "deep\n"));
    }

    @Test
    void tooDeepArticlesAreShownAsEscapedTextWithANote() throws IOException {
        Files.writeString(corpus.resolve("deep.md"), "# Deep\n\n" + ">".repeat(10_000) + " <script>x</script> `a`\n");
        String html = pages(1 << 20).render("deep.md").orElseThrow().html();
        assertTrue(html.contains("more than 64 levels deep, so it is shown as plain text"), html.substring(0, 200));
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt; `a`"), "escaped, backticks kept");
        assertFalse(html.contains("<script>"));
        Files.writeString(corpus.resolve("fine.md"), "# Fine\n\n> > quoted *twice*\n");
        assertTrue(pages(1 << 20).render("fine.md").orElseThrow().html().contains("<em>twice</em>"));
    }

    @Test
    void theCacheHoldsAtMostItsBoundOfPages() throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(corpus.resolve("a" + i + ".md"), "# Article " + i + "\n\n" + "Some words. ".repeat(1_000));
        }
        ArticlePages pages = pages(100_000);
        for (int i = 0; i < 40; i++) {
            assertTrue(pages.render("a" + i + ".md").orElseThrow().html().contains("Some words."));
        }
        assertTrue(pages.cachedChars() <= 100_000, pages.cachedChars() + " characters cached");
        assertTrue(pages.cachedChars() > 0);
    }
}
