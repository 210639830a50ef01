package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MkDocs admonitions ("!!! warning "Title"", "??? tip") and content tabs ("=== "Python""): their indented body
 * is prose, not an indented code block, their title is text, and the page shows them as boxes with every text
 * escaped.
 */
class MkDocsArticleTest {
    private static final String PAGE = """
            # Deployment

            Deploy the site with one command.

            !!! warning "Back up first"
                Copy the database before you deploy.

                A failed migration cannot be undone.

            ??? tip
                Collapsible tip text.

            ## Rollback

            Roll back with the previous release.
            """;

    @Test
    void admonitionsAreProseWithTheirTitles() {
        Section deployment = new MarkdownParser().parse("deploy.md", PAGE).sections().getFirst();
        assertEquals("Deployment", deployment.heading());
        assertTrue(deployment.codeBlocks().isEmpty(), deployment.codeBlocks().toString());
        for (String text : new String[] {"Back up first", "A failed migration cannot be undone.", "Collapsible tip text."}) {
            assertTrue(deployment.prose().contains(text), text + " in " + deployment.prose());
        }
        assertFalse(deployment.prose().contains("!!!"), deployment.prose());
    }

    @Test
    void thePageShowsABoxAndEscapesItsTitle() {
        String html = new ArticleRenderer().renderArticle(PAGE);
        assertTrue(html.contains("<div class=\"adm-block adm-warning\">"), html);
        assertTrue(html.contains("<span>Back up first</span>"), html);
        assertFalse(html.contains("<pre>"), "no code block: " + html);

        String hostile = new ArticleRenderer().renderArticle(
                "# T\n\n!!! note \"<script>alert(1)</script>\"\n    Body <img src=x onerror=alert(1)>.\n");
        assertFalse(hostile.contains("<script>") || hostile.contains("<img"), hostile);
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hostile);
    }

    @Test
    void contentTabsAreTitledTextNotIndentedCode() {
        String page = """
                # Install

                === "Python"

                    Install with pip:

                    ```bash
                    pip install thing
                    ```

                ===+ "JavaScript"

                    Install with npm.
                """;
        Section install = new MarkdownParser().parse("install.md", page).sections().getFirst();
        assertTrue(install.prose().contains("Python\nInstall with pip:"), install.prose());
        assertTrue(install.prose().contains("JavaScript\nInstall with npm."), install.prose());
        assertFalse(install.prose().contains("==="), install.prose());
        assertEquals(1, install.codeBlocks().size(), install.codeBlocks().toString());
        assertEquals("bash", install.codeBlocks().getFirst().language());
        assertEquals("pip install thing", install.codeBlocks().getFirst().text());
        assertEquals(page.lines().toList().indexOf("    ```bash") + 1, install.codeBlocks().getFirst().startLine());

        String html = new ArticleRenderer().renderArticle(page);
        assertTrue(html.contains("<span>Python</span>") && html.contains("<span>JavaScript</span>"), html);
    }

    @Test
    void pyMdownBlockFencesGoAndTheirTitlesStay() {
        // As FastAPI's documentation writes tips and tabs.
        String page = """
                # Tutorial

                /// tip | Use a virtual environment

                Create one first.

                ///

                {* ../../docs_src/first_steps/tutorial001.py hl[3] *}

                //// tab | Python 3.10+

                ```python
                x: int | None = None
                ```

                ////

                /// Not a block: a sentence that starts with slashes.
                """;
        Section tutorial = new MarkdownParser().parse("tutorial.md", page).sections().getFirst();
        String prose = tutorial.prose();
        assertTrue(prose.contains("Use a virtual environment") && prose.contains("Create one first."), prose);
        assertTrue(prose.contains("Python 3.10+"), prose);
        assertFalse(prose.contains("/// tip") || prose.contains("////"), prose);
        assertFalse(prose.contains("docs_src"), "a build-time include is no text: " + prose);
        assertTrue(prose.contains("/// Not a block: a sentence that starts with slashes."), prose);
        assertEquals("x: int | None = None", tutorial.codeBlocks().getFirst().text());
    }

    @Test
    void tableOfContentsPlaceholdersAreNoText() {
        String page = """
                # Guide

                [TOC]

                [[toc]]

                [[_TOC_]]

                The guide starts here; [TOC] in a sentence stays.
                """;
        String prose = new MarkdownParser().parse("guide.md", page).sections().getFirst().prose();
        assertEquals("The guide starts here; TOC in a sentence stays.", prose.strip());
    }
}
