package docsift.markdown;

import docsift.markdown.site.SiteText;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Mechanics of Liquid neutralisation ({@link SiteText}) on tiny hand-written Jekyll pages with exact expectations. */
class LiquidMarkupTest {

    private static final DocumentParser PARSER = new DocumentParser();
    private static final String FRONT_MATTER = "---\ntitle: T\n---\n";

    private static String neutralise(String source) {
        return SiteText.rewrite(source, PARSER::parse).text();
    }

    /** Neutralises {@code body} as the content of a Jekyll page; checks the line breaks survive. */
    private static String page(String body) {
        String result = neutralise(FRONT_MATTER + body);
        assertEquals(lineBreaks(FRONT_MATTER + body), lineBreaks(result), "line breaks of " + body);
        assertEquals(FRONT_MATTER, result.substring(0, FRONT_MATTER.length()));
        return result.substring(FRONT_MATTER.length());
    }

    private static String lineBreaks(String text) {
        return text.replaceAll("[^\r\n]", "");
    }

    @Test
    void linkTagInALinkDestinationBecomesARelativeLink() {
        assertEquals("See [BEGIN](begin-transaction.md) now.\n",
                page("See [BEGIN]({% link {{ page.version.version }}/begin-transaction.md %}) now.\n"));
        assertEquals("[a](transactions.md#transaction-priorities) [b](cockroachcloud/quickstart.md?filters=local)",
                page("[a]({% link {{ page.version.version }}/transactions.md %}#transaction-priorities) "
                        + "[b]({% link cockroachcloud/quickstart.md %}?filters=local)"));
        assertEquals("[c](docs/a.md) [d](b.md) [e](my%20notes.md)",
                page("[c]({% link /docs/a.md %}) [d]({%- link_to {{site.baseurl}}/b.md -%}) "
                        + "[e]({% link my notes.md %})"));
    }

    @Test
    void linkTagsElsewhereBecomeTheirPathToo() {
        assertEquals("<a href=\"retry.md#client\">retries</a>\n\n[select]: select-clause.md\n",
                page("<a href=\"{% link {{ page.version.version }}/retry.md %}#client\">retries</a>\n\n"
                        + "[select]: {% link {{ page.version.version }}/select-clause.md %}\n"));
    }

    @Test
    void commentAndCaptureGoWithTheirContent() {
        assertEquals("a\n\n\n\nb ",
                page("a\n{% comment %}\nhidden\n{% endcomment %}\nb {% comment %} x {% endcomment %}"));
        assertEquals("<div>\n\n</div>\n", page("<div>\n{% capture diagram_include %}cockroach-generated/"
                + "{{ page.release_info.crdb_branch_name }}/sql-diagrams/savepoint.html{% endcapture %}"
                + "{% include {{ diagram_include }} %}\n</div>\n"));
        assertEquals("kept", page("{%- comment -%}gone{%- endcomment -%}kept"));
    }

    @Test
    void rawKeepsItsContentAsWritten() {
        assertEquals("Write {{ name }} or {% if x %} here.",
                page("Write {% raw %}{{ name }} or {% if x %}{% endraw %} here."));
        assertEquals("\n{{ a }}\n\n", page("{% raw %}\n{{ a }}\n{% endraw %}\n"));
    }

    @Test
    void otherTagsAndOutputsGo() {
        assertEquals("\nWhen running under the default isolation.\n\n", page("{{site.data.alerts.callout_info}}\n"
                + "When running under the default isolation.\n{{site.data.alerts.end}}\n"));
        assertEquals("\n~~~ sql\n> BEGIN;\n~~~\n",
                page("{% include_cached copy-clipboard.html %}\n~~~ sql\n> BEGIN;\n~~~\n"));
        assertEquals("CockroachDB  Console: yes, no.", page("CockroachDB {{ site.data.products.cloud }} Console: "
                + "{% if a %}yes{% else %}, no{% endif %}."));
        assertEquals("[contention](overview.html#transaction-contention)",
                page("[contention]({{ link_prefix }}overview.html#transaction-contention)"));
        assertEquals("\n", page("{% include foo.html\n   param=\"x\" %}"));
        assertEquals("a\r\n\r\nb", page("a\r\n{{ x }}\r\nb"));
    }

    @Test
    void codeIsNeverChanged() {
        String code = "Use `{{ name }}` and `{% raw %}`.\n\n```liquid\n{% include x.html %}\n{{ y }}\n```\n\n"
                + "    {% comment %} indented {% endcomment %}\n\n> ~~~\n> {{ quoted }}\n> ~~~\n";
        assertEquals(code, page(code));
        assertEquals("a `{{ b }}` c", page("a `{{ b }}` {{ x }}c"));
    }

    @Test
    void aTagCannotReachIntoCode() {
        assertEquals("{{ a `code` }} b", page("{{ a `code` }} b"));
    }

    @Test
    void anEndTagInCodeDoesNotCloseABlock() {
        assertEquals(" after", page("{% comment %} `{% endcomment %}` still hidden {% endcomment %} after"));
    }

    @Test
    void aCommentedOutCodeBlockGoesWithItsComment() {
        assertEquals("\n\n\n\n\nafter\n", page("{% comment %}\n```\nold {{ code }}\n```\n{% endcomment %}\nafter\n"));
    }

    @Test
    void articlesWithoutFrontMatterAreNotTemplates() {
        String django = "Add {% csrf_token %} to the form and print {{ form.as_p }}.\n";
        assertSame(django, neutralise(django));
        String late = "\n---\ntitle: T\n---\n{{ x }}\n";
        assertSame(late, neutralise(late), "Jekyll wants the front matter on the first line");
    }

    @Test
    void frontMatterIsNotChanged() {
        String source = "---\ntitle: CockroachDB {{ site.data.products.cloud }}\n---\n{{ x }}text\n";
        assertEquals("---\ntitle: CockroachDB {{ site.data.products.cloud }}\n---\ntext\n", neutralise(source));
    }

    @Test
    void unterminatedMarkupStaysText() {
        assertEquals("Costs 50% {% of it", page("Costs 50% {% of it"));
        assertEquals("a {{ b\n\nc }} d", page("a {{ b\n\nc }} d"), "an output does not span a blank line");
        assertEquals("a {{ b\n  \t\r\n\r\nc }} d", page("a {{ b\n  \t\r\n\r\nc }} d"));
        assertEquals("{{ a }", page("{{ a }"));
        assertEquals("x {{ y", page("x {{ y"));
    }

    @Test
    void blocksWithoutAnEndKeepTheirContent() {
        assertEquals("\nkept  text", page("{% comment %}\nkept {{ x }} text"));
        assertEquals(" {{ y }}kept", page("{% capture c %} {% raw %}{{ y }}{% endraw %}kept"));
        assertEquals("still  processed", page("{% raw %}still {{ x }} processed"));
    }

    @Test
    void hostileInputIsLinear() {
        String opens = "{{".repeat(100_000);
        assertEquals(opens, page(opens));
        String tags = "{%".repeat(100_000);
        assertEquals(tags, page(tags));
        assertEquals("", page("{% comment %}".repeat(20_000)));
        assertEquals("", page("{% raw %}".repeat(20_000)));
        assertEquals("\n".repeat(20_000), page("{{\n".repeat(20_000) + "}}"));
        assertEquals("{{\n\n".repeat(20_000) + "}}", page("{{\n\n".repeat(20_000) + "}}"));
        assertEquals("a.md", page("{% link " + "{{ v }}".repeat(20_000) + "/a.md %}"));
        assertEquals("{{".repeat(50_000) + "%20a.md", page("{% link " + "{{".repeat(50_000) + " a.md %}"));
    }
}
