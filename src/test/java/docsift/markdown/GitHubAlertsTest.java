package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub alerts ({@code > [!NOTE]}) are notes with a title, not the text "!NOTE", in sections and on the page. */
class GitHubAlertsTest {
    private static final String PAGE = """
            # Setup

            Install it first.

            > [!WARNING]
            > Back up the database before you upgrade.

            > [!TIP]

            > A quote that says [!NOTE] in passing.

            ## Next

            Done.
            """;

    private final Article article = new MarkdownParser().parse("setup.md", PAGE);

    @Test
    void theMarkerIsATitleOnItsOwnLine() {
        String prose = article.sections().getFirst().prose();
        assertTrue(prose.contains("Warning\nBack up the database before you upgrade."), prose);
        assertTrue(prose.contains("Tip"), prose);
        assertFalse(prose.contains("!WARNING") || prose.contains("!TIP"), prose);
        assertTrue(prose.contains("A quote that says !NOTE in passing."), "only a quote's first line is an alert: " + prose);
    }

    @Test
    void linesKeepTheirNumbers() {
        List<String> lines = PAGE.lines().toList();
        assertEquals(lines.indexOf("## Next") + 1, article.sections().get(1).startLine());
    }

    @Test
    void thePageShowsTheTitleInBold() {
        String html = new ArticleRenderer().renderArticle(PAGE);
        assertTrue(html.contains("<strong>Warning</strong>"), html);
        assertFalse(html.contains("[!WARNING]"), html);
    }
}
