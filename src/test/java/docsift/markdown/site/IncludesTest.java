package docsift.markdown.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Include expansion on tiny hand-written files: Jekyll, MkDocs snippets, MyST, and the limits. */
class IncludesTest {
    private final Map<String, String> files = new HashMap<>();

    private Expanded expand(String pageId, String text, String version) {
        return SiteText.expandIncludes(pageId, text, version, id -> Optional.ofNullable(files.get(id)));
    }

    private static String page(String body) {
        return "---\ntitle: T\n---\n" + body;
    }

    @Test
    void jekyllIncludesAreLookedUpInIncludesByThePagesVersion() {
        files.put("_includes/v25.4/note.md", "Version note for 25.4.\n");
        Expanded expanded = expand("v25.4/begin.md", page("Before.\n\n{% include {{ page.version.version }}/note.md %}\nAfter.\n"), "v25.4");
        assertEquals(page("Before.\n\nVersion note for 25.4.\n\nAfter.\n"), expanded.text());
        assertEquals(Set.of("v25.4/_includes/v25.4/note.md", "_includes/v25.4/note.md"), expanded.includes());
        // Without spaces inside the braces, and include_cached, as cockroachdb-docs writes them too.
        assertTrue(expand("v25.4/b.md", page("{% include_cached {{page.version.version}}/note.md %}"), "v25.4")
                .text().contains("Version note for 25.4."));
    }

    @Test
    void parametersOfTheTagAreTheIncludesVariables() {
        files.put("_includes/support.md", "Ask about {{ include.topic }} in {{ page.version.version }}; {{ include.missing }}.");
        files.put("_includes/outer.md", "{% include support.md topic=include.what %}");
        assertEquals(page("Ask about joins in v2; {{ include.missing }}."),
                expand("v2/a.md", page("{% include support.md topic=\"joins\" %}"), "v2").text());
        assertEquals(page("Ask about views in v2; {{ include.missing }}."),
                expand("v2/a.md", page("{% include outer.md what='views' %}"), "v2").text());
    }

    @Test
    void nestingIsFollowedCyclesAndDepthAreCut() {
        files.put("_includes/a.md", "A {% include b.md %}");
        files.put("_includes/b.md", "B {% include a.md %}");
        Expanded cycle = expand("p.md", page("{% include a.md %}"), null);
        assertEquals(page("A B {% include a.md %}"), cycle.text(), "the cycle is cut where it closes");
        assertEquals(Set.of("_includes/a.md", "_includes/b.md"), cycle.includes());

        for (int i = 0; i < 30; i++) {
            files.put("_includes/d" + i + ".md", i + " {% include d" + (i + 1) + ".md %}");
        }
        String deep = expand("p.md", page("{% include d0.md %}"), null).text();
        assertTrue(deep.contains(" 9 {% include d10.md %}") || deep.contains(" 10 {% include d11.md %}"), deep);
        assertFalse(deep.contains(" 20 "), deep);
    }

    @Test
    void multiplyingIncludesStopAtTheSizeLimit() {
        files.put("_includes/x0.md", "y".repeat(1000));
        for (int i = 1; i < 10; i++) {
            files.put("_includes/x" + i + ".md", ("{% include x" + (i - 1) + ".md %}\n").repeat(10));
        }
        String huge = expand("p.md", page("{% include x9.md %}"), null).text();
        assertTrue(huge.length() < 2 * IncludeExpander.MAX_ADDED_CHARS + 100_000, "length " + huge.length());
    }

    @Test
    void whatCannotBeKnownOrIsNotAPageIsLeftAsATag() {
        files.put("_includes/copy.html", "<button>Copy</button>");
        files.put("secret.md", "outside");
        String text = page("{% include copy.html %} {% include {{ diagram }} %} {% include ../../secret.md %} "
                + "{% raw %}{% include a.md %}{% endraw %}");
        files.put("_includes/a.md", "A");
        assertEquals(text, expand("p.md", text, null).text());
        // Without front matter a file is not a Jekyll template: an article showing a tag keeps it.
        assertEquals("Write {% include a.md %}.", expand("p.md", "Write {% include a.md %}.", null).text());
    }

    @Test
    void includeRelativeIsRelativeToTheFile() {
        files.put("guide/parts/intro.md", "Intro text.");
        assertEquals(page("Intro text."), expand("guide/page.md", page("{% include_relative parts/intro.md %}"), null).text());
    }

    @Test
    void mkdocsSnippetsByLineAndByBlockIndentedAndWithRanges() {
        files.put("snippets/abbr.md", "*[HTML]: Hyper Text\n");
        files.put("docs/code/example.py", "line1\nline2\nline3\nline4\n");
        String text = "# Page\n\n--8<-- \"snippets/abbr.md\"\n\n    --8<-- \"code/example.py:2:3\"\n\n--8<--\nsnippets/abbr.md\n"
                + "; skipped.md\n--8<--\nEnd.\n";
        Expanded expanded = expand("docs/page.md", text, null);
        assertEquals("# Page\n\n*[HTML]: Hyper Text\n\n    line2\n    line3\n\n*[HTML]: Hyper Text\nEnd.\n", expanded.text());
        assertEquals("--8<-- \"missing.md\"\n", expand("p.md", "--8<-- \"missing.md\"\n", null).text());
    }

    @Test
    void mystIncludeDirectivesRelativeToTheFile() {
        files.put("guide/_snippets/intro.md", "Shared intro.");
        files.put("common.md", "Common text.");
        String text = "# Page\n\n```{include} _snippets/intro.md\n:start-after: x\n```\n\n:::{include} /common.md\n:::\nEnd.\n";
        assertEquals("# Page\n\nShared intro.\n\nCommon text.\nEnd.\n", expand("guide/page.md", text, null).text());
        String missing = "```{include} nowhere.md\n```\n";
        assertEquals(missing, expand("guide/page.md", missing, null).text());
    }

    @Test
    void aPageWithoutIncludesIsItself() {
        String text = page("# Plain\n\nNothing to include.\n");
        Expanded expanded = expand("p.md", text, null);
        assertEquals(text, expanded.text());
        assertEquals(Set.of(), expanded.includes());
    }
}
