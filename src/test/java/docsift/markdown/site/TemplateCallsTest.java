package docsift.markdown.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.markdown.Article;
import docsift.markdown.ArticleRenderer;
import docsift.markdown.MarkdownParser;
import docsift.markdown.Section;
import org.junit.jupiter.api.Test;

/**
 * Template outputs that stand for words of the sentence keep those words: MDN's cross-reference macros and
 * Hugo shortcodes with a {@code text} parameter (the Kubernetes docs' glossary tooltips). Other outputs go.
 */
class TemplateCallsTest {
    /** The opening of MDN's page on Array.prototype.map(), macros as MDN writes them. */
    private static final String MDN_PAGE = """
            ---
            title: Array.prototype.map()
            slug: Web/JavaScript/Reference/Global_Objects/Array/map
            page-type: javascript-instance-method
            ---

            {{JSRef}}

            The **`map()`** method of {{jsxref("Array")}} instances creates
            a new array populated with the results of calling a provided function on
            every element in the calling array.

            {{InteractiveExample("JavaScript Demo: Array.prototype.map()")}}

            ## Description

            Set {{domxref("Element.innerHTML", "innerHTML")}} of a {{HTMLElement("div")}} only from
            {{Glossary("CORS", "cross-origin")}} data you trust.

            ## Specifications

            {{Specifications}}
            """;

    /** The way the Kubernetes docs write a concept page. */
    private static final String KUBERNETES_PAGE = """
            ---
            title: Pods
            content_type: concept
            ---

            A _Pod_ is a group of one or more {{< glossary_tooltip text="containers" term_id="container" >}},
            with shared storage and network resources.

            {{< note >}}
            Restarting a container in a Pod should not be confused with restarting a Pod.
            {{< /note >}}

            ## Working with Pods

            You'll rarely create individual Pods directly in {{< glossary_tooltip term_id="kubernetes" text="Kubernetes" >}}.

            ## {{% heading "whatsnext" %}}

            * Learn about the lifecycle of a Pod.
            """;

    @Test
    void mdnCrossReferencesReadAsTheCodeTheyShow() {
        Article article = new MarkdownParser().parse("web/map.md", MDN_PAGE);
        Section lead = article.sections().getFirst();
        assertTrue(lead.prose().contains("method of Array instances creates"), lead.prose());
        assertTrue(lead.inlineCode().contains("Array"), lead.inlineCode().toString());
        assertFalse(lead.prose().contains("JSRef") || lead.prose().contains("InteractiveExample")
                || lead.prose().contains("JavaScript Demo"), lead.prose());
        Section description = article.sections().get(1);
        assertEquals("Description", description.heading());
        assertTrue(description.prose().contains("cross-origin data you trust"), description.prose());
        assertTrue(description.inlineCode().contains("innerHTML"), description.inlineCode().toString());
        assertTrue(description.inlineCode().contains("<div>"), description.inlineCode().toString());
        assertFalse(article.sections().get(2).prose().contains("Specifications"), article.sections().get(2).prose());
        assertEquals(15, description.startLine(), "line numbers are the file's");
    }

    @Test
    void mdnPagesRenderTheReferencesAsEscapedCode() {
        String html = new ArticleRenderer().renderArticle(MDN_PAGE);
        assertTrue(html.contains("<code>&lt;div&gt;</code>"), html);
        assertTrue(html.contains("<code>innerHTML</code>"), html);
        assertFalse(html.contains("{{") || html.contains("jsxref"), html);
    }

    @Test
    void hugoShortcodesKeepTheirText() {
        Article article = new MarkdownParser().parse("concepts/pods.md", KUBERNETES_PAGE);
        String lead = article.sections().getFirst().prose();
        assertTrue(lead.contains("a group of one or more containers, with shared storage"), lead);
        assertTrue(lead.contains("Restarting a container in a Pod"), lead);
        assertFalse(lead.contains("{{") || lead.contains("glossary_tooltip") || lead.contains("term_id"), lead);
        String working = article.sections().get(1).prose();
        assertTrue(working.endsWith("directly in Kubernetes."), working);
        Section next = article.sections().get(2);
        assertEquals("What's next", next.heading(), "the site's English text for the heading key");
        assertEquals("whats-next", next.anchor());
    }

    @Test
    void displayTextIsEscapedAndOtherOutputsGo() {
        assertEquals("\\*bold\\* \\[x\\]", TemplateCalls.visibleText("{{< glossary_tooltip text=\"*bold* [x]\" >}}"));
        assertEquals("``a`b``", TemplateCalls.visibleText("{{jsxref(\"a`b\")}}"));
        assertEquals("`value`", TemplateCalls.visibleText("{{htmlattrxref(\"value\", \"input\")}}"));
        assertEquals("", TemplateCalls.visibleText("{{ page.version.version }}"));
        assertEquals("", TemplateCalls.visibleText("{{EmbedLiveSample(\"Examples\", 600, 300)}}"));
        assertEquals("", TemplateCalls.visibleText("{{< note >}}"));
        assertEquals("", TemplateCalls.visibleText("{{jsxref()}}"));
        assertEquals("", TemplateCalls.visibleText("{{jsxref(\"unclosed)}}"));
    }
}
