package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MyST pages (Sphinx's Markdown, as pip's documentation writes it): directives written as code fences are text
 * when they hold text (shown as boxes), nothing when they hold a table of contents, and code when they hold
 * code; a role before a code span is read as what it names, in sections and on the page.
 */
class MystArticleTest {
    private static final String PAGE = """
            (configuration)=

            # Configuration

            ```{toctree}
            :maxdepth: 2
            :hidden:

            getting-started
            reference/index
            ```

            Settings come from files and the environment, as {pep}`518` describes; see {ref}`Installing packages <install>`.

            ```{note}
            Environment variables set to an empty string are **not** treated as false.
            ```

            ```{admonition} Keep a backup
            :class: tip

            Copy the file before you edit it.
            ```

            (examples)=
            ## Examples

            ````{tab-set}
            ```{tab} Unix
            Run the command in a shell.
            ```
            ````

            ```{code-block} python
            :emphasize-lines: 1
            import pip
            ```

            ```{pip-cli}
            $ pip install tea
            ```

            ```{figure} images/flow.png
            ---
            width: 200px
            ---
            How a request flows.
            ```
            """;

    private final Article article = new MarkdownParser().parse("configuration.md", PAGE);

    @Test
    void admonitionsAreProseAndTheirTitlesAndOptionsAreNot() {
        Section configuration = article.sections().getFirst();
        String prose = configuration.prose();
        assertTrue(configuration.codeBlocks().isEmpty(), configuration.codeBlocks().toString());
        assertTrue(prose.contains("Environment variables set to an empty string are not treated as false."), prose);
        assertTrue(prose.contains("Keep a backup\n") && prose.contains("Copy the file before you edit it."), prose);
        assertEquals("Configuration", article.sections().getFirst().heading(), "a label is no lead section");
        for (String markup : List.of("{note}", ":class:", "```", "toctree", "getting-started", ":maxdepth:", ")=")) {
            assertFalse(prose.contains(markup), markup + " in " + prose);
        }
    }

    @Test
    void rolesAreReadAsTheirText() {
        String prose = article.sections().getFirst().prose();
        assertTrue(prose.contains("as PEP 518 describes; see Installing packages."), prose);
        assertFalse(prose.contains("{pep}") || prose.contains("{ref}") || prose.contains("<install>"), prose);
    }

    @Test
    void codeDirectivesStayCodeWithTheirLanguage() {
        Section examples = article.sections().get(1);
        assertEquals("Examples", examples.heading());
        assertTrue(examples.prose().contains("Unix\nRun the command in a shell."), examples.prose());
        assertTrue(examples.prose().contains("How a request flows."), examples.prose());
        assertFalse(examples.prose().contains("width") || examples.prose().contains("flow.png"), examples.prose());
        List<CodeBlock> code = examples.codeBlocks();
        assertEquals(2, code.size(), code.toString());
        assertEquals("python", code.get(0).language());
        assertEquals("import pip", code.get(0).text().strip());
        assertEquals("{pip-cli}", code.get(1).language());
        assertEquals("$ pip install tea", code.get(1).text().strip());
    }

    @Test
    void linesKeepTheirNumbers() {
        Section examples = article.sections().get(1);
        assertEquals(PAGE.lines().toList().indexOf("## Examples") + 1, examples.startLine());
        assertEquals(PAGE.lines().toList().indexOf("```{code-block} python") + 1, examples.codeBlocks().getFirst().startLine());
    }

    @Test
    void thePageShowsTheNoteAsATitledBoxNotCode() {
        String html = new ArticleRenderer().renderArticle(PAGE);
        assertTrue(html.contains("Environment variables set to an empty string"), html);
        assertTrue(html.contains("as PEP 518 describes; see Installing packages."), html);
        assertFalse(html.contains("{pep}") || html.contains("&lt;install&gt;"), html);
        // Shown as the boxes MkDocs admonitions are, with their titles.
        assertTrue(html.contains("<div class=\"adm-block adm-note\">"), html);
        assertTrue(html.contains("<span>Keep a backup</span>") && html.contains("<span>Unix</span>"), html);
        assertFalse(html.contains("{note}") || html.contains("getting-started"), html);
    }
}
