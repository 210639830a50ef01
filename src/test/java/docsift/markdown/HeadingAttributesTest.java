package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribute lists after a heading (kramdown, Pandoc, MkDocs, Hugo; FastAPI's docs give every heading one) are
 * no heading text, and the id in one is the section's anchor, on the page too.
 */
class HeadingAttributesTest {
    private static final String PAGE = """
            # First Steps { #first-steps }

            Intro.

            ## Create a path operation {#path-operation .wide}

            Text.

            ## Kramdown style {: #kramdown}

            ## Only a class {.note}

            ## GET /items/{item_id}

            ## Again {#path-operation}

            ## Broken {#"><script>alert(1)</script>}
            """;

    private final Article article = new MarkdownParser().parse("steps.md", PAGE);

    @Test
    void theListIsNoTextAndItsIdIsTheAnchor() {
        assertEquals("First Steps", article.title());
        List<String> headings = article.sections().stream().map(Section::heading).toList();
        List<String> anchors = article.sections().stream().map(Section::anchor).toList();
        assertEquals(List.of("First Steps", "Create a path operation", "Kramdown style", "Only a class",
                "GET /items/{item_id}", "Again", "Broken {#\">alert(1)}"), headings);
        assertEquals(List.of("first-steps", "path-operation", "kramdown", "only-a-class", "get-itemsitem_id",
                "path-operation-1", "broken-alert1"), anchors);
    }

    @Test
    void linesKeepTheirNumbers() {
        assertEquals(PAGE.lines().toList().indexOf("## Kramdown style {: #kramdown}") + 1,
                article.sections().get(2).startLine());
    }

    @Test
    void thePageShowsTheHeadingWithTheAuthorsId() {
        String html = new ArticleRenderer().renderArticle(PAGE);
        assertTrue(html.contains("<h2 id=\"path-operation\">Create a path operation</h2>"), html);
        assertFalse(html.contains("#first-steps }") || html.contains("<!--#"), html);
        assertFalse(html.contains("<script>"), html);
    }
}
