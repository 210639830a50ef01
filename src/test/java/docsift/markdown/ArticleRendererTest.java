package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Safety and anchors of {@link ArticleRenderer} on tiny hand-written articles. */
class ArticleRendererTest {

    private final ArticleRenderer renderer = new ArticleRenderer();

    @Test
    void rawHtmlIsShownAsText() {
        String html = renderer.renderArticle("<script>alert(1)</script>\n\ntext <b onclick=\"x()\">hi</b>\n");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<b "));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void scriptUrlsAreNeutralised() {
        String html = renderer.renderArticle("[a](javascript:alert(1)) [b](JavaScript:alert(2)) "
                + "[c](jav&#x61;script:alert(3)) ![i](javascript:alert(4)) <JAVASCRIPT:alert(5)> "
                + "[d][ref] ![e][ref]\n\n[ref]: vbscript:msgbox\n");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("href=\"javascript"), html);
        assertFalse(lower.contains("src=\"javascript"), html);
        assertFalse(lower.contains("href=\"vbscript"), html);
        assertFalse(lower.contains("src=\"vbscript"), html);
        assertTrue(html.contains("<a href=\"#\">b</a>"), html);
        assertTrue(html.contains("alt=\"e\""), "a neutralised image still shows its alt text: " + html);
    }

    @Test
    void ordinaryLinksAndImagesAreKept() {
        String html = renderer.renderArticle("[site](https://example.com) ![logo](img/logo.png)\n");
        assertTrue(html.contains("<a href=\"https://example.com\">site</a>"), html);
        assertTrue(html.contains("<img src=\"img/logo.png\" alt=\"logo\" />"), html);
    }

    @Test
    void fencedCodeCarriesItsLanguage() {
        String html = renderer.renderArticle("```python\n# not a heading\n```\n");
        assertEquals("<pre><code class=\"language-python\"># not a heading\n</code></pre>\n", html);
    }

    @Test
    void tablesAndTaskLists() {
        String html = renderer.renderArticle("| a | b |\n|---|---|\n| 1 | 2 |\n\n1. [X] done\n2. [ ] open\n");
        assertTrue(html.contains("<td>1</td>"), html);
        assertTrue(html.contains("type=\"checkbox\""), html);
        assertFalse(html.contains("[X]"), html);
    }

    @Test
    void headingIdsAreTheParsersAnchors() {
        String markdown = "# Top\n\n## use cases\n\n> ## use cases\n\n## Use `Cases`\n";
        List<String> anchors = new MarkdownParser().parse("x.md", markdown).sections().stream()
                .map(Section::anchor).toList();
        assertEquals(List.of("top", "use-cases", "use-cases-2"), anchors);
        String html = renderer.renderArticle(markdown);
        assertTrue(html.contains("<h1 id=\"top\">"), html);
        assertTrue(html.contains("<h2 id=\"use-cases\">"), html);
        assertTrue(html.contains("<h2 id=\"use-cases-1\">"), html);
        assertTrue(html.contains("<h2 id=\"use-cases-2\">Use <code>Cases</code></h2>"), html);
    }

    @Test
    void jekyllPagesAreRenderedWithoutLiquidAndWithTheParsersAnchors() {
        String markdown = "---\ntitle: T\n---\n## Use {{ site.product }}\n\n## Use\n\n"
                + "[BEGIN]({% link {{ page.version.version }}/begin.md %}) `{{ code }}`{% include x.md %}\n";
        List<String> anchors = new MarkdownParser().parse("x.md", markdown).sections().stream()
                .map(Section::anchor).toList();
        assertEquals(List.of("use", "use-1"), anchors);
        assertEquals("<h2 id=\"use\">Use</h2>\n<h2 id=\"use-1\">Use</h2>\n"
                + "<p><a href=\"begin.md\">BEGIN</a> <code>{{ code }}</code></p>\n", renderer.renderArticle(markdown));
    }

    @Test
    void sectionIsRenderedOnItsOwn() {
        assertEquals("<h3 id=\"install\">Install</h3>\n<p>Run it.</p>\n", renderer.renderSection("### Install\n\nRun it.\n"));
    }

    @Test
    void tocListsEverySectionButTheLead() {
        Article article = new MarkdownParser().parse("x.md", "intro\n\n## A\n\n### B\n");
        assertEquals(List.of(new TocEntry(2, "A", "a"), new TocEntry(3, "B", "b")), renderer.toc(article));
    }
}
