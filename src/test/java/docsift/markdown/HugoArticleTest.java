package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hugo pages: TOML front matter ({@code +++}) gives the title and is no text, and shortcodes, Hugo's template
 * markup, reach neither sections nor pages.
 */
class HugoArticleTest {
    private static final String PAGE = """
            +++
            title = "Install the CLI"
            weight = 10
            [params]
              tags = ["cli", "setup"]
            +++

            Install the command line tool with one command. See {{< ref "verify.md" >}} afterwards.

            {{% notice tip %}}Add the tool to your PATH.{{% /notice %}}

            ## Verify

            Run `tool --version`.
            """;

    private final Article article = new MarkdownParser().parse("docs/install.md", PAGE);

    @Test
    void theTomlFrontMatterGivesTheTitleAndIsNoText() {
        assertEquals("Install the CLI", article.title());
        Section lead = article.sections().getFirst();
        assertFalse(lead.prose().contains("weight") || lead.prose().contains("+++") || lead.prose().contains("tags"),
                lead.prose());
        assertTrue(lead.prose().startsWith("Install the command line tool"), lead.prose());
    }

    @Test
    void shortcodesAreNoText() {
        String prose = article.sections().getFirst().prose();
        assertFalse(prose.contains("{{") || prose.contains("ref \"verify.md\""), prose);
        assertTrue(prose.contains("Add the tool to your PATH."), prose);
        assertFalse(new ArticleRenderer().renderArticle(PAGE).contains("{{"));
    }

    @Test
    void sectionsKeepTheFilesLineNumbers() {
        Section verify = article.sections().get(1);
        assertEquals("Verify", verify.heading());
        assertEquals(12, verify.startLine(), "\"## Verify\" is the twelfth line of the file");
    }
}
