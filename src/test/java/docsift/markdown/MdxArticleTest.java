package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MDX pages (Docusaurus and other MDX sites) begin with the module statements of the site's build; they reach
 * neither sections nor pages, while "import" in prose and in code stays.
 */
class MdxArticleTest {
    private static final String PAGE = """
            ---
            id: caching
            title: Caching guide
            ---

            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';
            import '@site/src/css/caching.css';

            export const meta = {
              owner: 'platform-team',
            };

            # Caching guide

            You can import cached entries from a snapshot before the first request.

            ```js
            import { cache } from './cache';
            export default cache;
            ```

            ## Invalidation

            :::warning[Stale reads]
            Invalidate entries when the source row changes.
            :::

            ::: {.note}
            Pandoc writes its containers like this.
            :::

            ```text
            :::tip stays in code
            ```
            """;

    private final Article article = new MarkdownParser().parse("guides/caching.mdx", PAGE);

    @Test
    void moduleStatementsAreNotText() {
        for (Section section : article.sections()) {
            String text = section.heading() + "\n" + section.prose() + "\n" + section.markdown();
            assertFalse(text.contains("@theme/Tabs") || text.contains("platform-team") || text.contains("caching.css"),
                    section.heading() + ": " + text);
        }
        assertEquals(List.of("Caching guide", "Invalidation"), article.sections().stream().map(Section::heading).toList());
    }

    @Test
    void importInProseAndInCodeStays() {
        Section guide = article.sections().getFirst();
        assertTrue(guide.prose().contains("You can import cached entries"), guide.prose());
        assertTrue(guide.codeBlocks().getFirst().text().contains("import { cache } from './cache';"));
    }

    @Test
    void admonitionFencesGoAndTheirTitlesStay() {
        Section invalidation = article.sections().getLast();
        assertEquals("Stale reads\nInvalidate entries when the source row changes.", invalidation.prose().lines()
                .filter(line -> !line.isBlank()).limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertFalse(invalidation.prose().contains(":::"), invalidation.prose());
        assertTrue(invalidation.prose().contains("Pandoc writes its containers like this."), invalidation.prose());
        assertEquals(":::tip stays in code", invalidation.codeBlocks().getFirst().text().strip());
    }

    @Test
    void thePageShowsNoModuleStatements() {
        String html = new ArticleRenderer().renderArticle(PAGE);
        assertFalse(html.contains("@theme/Tabs"), html);
        assertTrue(html.contains("import { cache }"), html);
    }
}
