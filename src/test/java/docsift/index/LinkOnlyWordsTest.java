package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.MarkdownParser;
import docsift.markdown.Section;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Which words a section says only as the text of links, on sections parsed from real Markdown. */
class LinkOnlyWordsTest {
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final HeadingWords ANALYSIS = new HeadingWords();

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    private static Section section(String markdown) {
        return PARSER.parse("page.md", markdown).sections().getLast();
    }

    @Test
    void wordsOnlyInLinksAreListedInEveryForm() {
        Set<String> words = LinkOnlyWords.of(section("""
                # Page

                ## Synopsis

                In [`REFRESH MATERIALIZED VIEW`](refresh.md), after the view name; see [backups](backup.md).
                """), ANALYSIS);
        assertTrue(words.containsAll(Set.of("refresh", "materialized", "backups", "backup")), words.toString());
        assertFalse(words.contains("view"), "the prose says \"view\" outside the link too: " + words);
        assertFalse(words.contains("name"), words.toString());
    }

    @Test
    void aWordAlsoInTheSectionsCodeIsItsOwn() {
        Set<String> words = LinkOnlyWords.of(section("""
                # Page

                ## Example

                Run the [refresh statement](refresh.md):

                ```sql
                REFRESH MATERIALIZED VIEW totals;
                ```
                """), ANALYSIS);
        assertFalse(words.contains("refresh"), "the code block says it: " + words);
        assertTrue(words.contains("statement"), words.toString());
    }

    @Test
    void aSectionWithoutLinksHasNone() {
        assertTrue(LinkOnlyWords.of(section("""
                # Page

                ## Plain

                Text with no links at all.
                """), ANALYSIS).isEmpty());
    }

    @Test
    void aLinkedWordSaidAgainOutsideItsLinkIsNotLinkOnly() {
        Set<String> words = LinkOnlyWords.of(section("""
                # Page

                ## Views

                See [views](views.md). Views are stored queries, and a view can be refreshed.
                """), ANALYSIS);
        assertTrue(words.isEmpty(), "every linked word is said again outside the link: " + words);
    }

    @Test
    void theAnswerDoesNotDependOnWhatTheThreadAnalysedBefore() {
        Section first = section("""
                # Page

                ## Synopsis

                In [`REFRESH MATERIALIZED VIEW`](refresh.md), after the view name; see [backups](backup.md).
                """);
        Set<String> before = LinkOnlyWords.of(first, ANALYSIS);
        LinkOnlyWords.of(section("""
                # Other

                ## Refreshing

                Refresh the [materialized view](views.md) after a backup: refreshes run as `REFRESH` statements.
                """), ANALYSIS);
        assertEquals(before, LinkOnlyWords.of(first, ANALYSIS));
    }
}
