package docsift.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mechanics of {@link MarkdownParser} on tiny hand-written articles with exact expectations. */
class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    private Article parse(String markdown) {
        return parser.parse("notes.md", markdown);
    }

    private static List<String> headings(Article article) {
        return article.sections().stream().map(Section::heading).toList();
    }

    private static List<String> anchors(Article article) {
        return article.sections().stream().map(Section::anchor).toList();
    }

    @Test
    void hashInsideFenceIsCodeNotHeading() {
        Article article = parse("# Title\n\n```python\n# comment\nx = 1\n```\n\n~~~\n# also code\n~~~\n\n## Next\n");
        assertEquals(List.of("Title", "Next"), headings(article));
        assertEquals(List.of(new CodeBlock("python", "python", "# comment\nx = 1", 3),
                new CodeBlock("", "", "# also code", 8)), article.sections().get(0).codeBlocks());
        assertFalse(article.sections().get(0).prose().contains("comment"));
    }

    @Test
    void linkWordsCountTheTextOfLinksInTheProse() {
        Article article = parse("## Time travel\n\nRead the past with [AS OF SYSTEM TIME](aost.md) in a query.\n\n"
                + "## See also\n\n- [Select historical data](select.md)\n- <https://example.com/time-travel>\n"
                + "- [Time-Travel Queries][blog]\n\n[blog]: https://example.com/blog\n");
        assertEquals(4, article.sections().get(0).linkWords());
        Section seeAlso = article.sections().get(1);
        assertEquals(seeAlso.prose().split("\\s+").length, seeAlso.linkWords(), seeAlso.prose());
    }

    @Test
    void oddInfoStringsAndUnclosedFenceAtEndOfFile() {
        Article article = parse("## A\n\n```angular2html extra words\nprint(1)\n```\n\n```\n# never closed\n");
        List<CodeBlock> code = article.sections().get(0).codeBlocks();
        assertEquals(new CodeBlock("angular2html", "angular2html extra words", "print(1)", 3), code.get(0));
        assertEquals(new CodeBlock("", "", "# never closed", 7), code.get(1));
        assertEquals(1, article.sections().size());
    }

    @Test
    void liquidOfAJekyllPageIsNeutralisedOutsideCode() {
        Article article = parse("---\ntitle: T\n---\n\n## Use {{ site.product }}\n\n{{site.data.alerts.callout_info}}\n"
                + "See [BEGIN]({% link {{ page.version.version }}/begin.md %}) and `{{ kept }}`.\n"
                + "{{site.data.alerts.end}}\n\n```liquid\n{% include x.html %}\n```\n");
        Section section = article.sections().get(0);
        assertEquals("Use", section.heading());
        assertEquals("use", section.anchor());
        assertEquals("See BEGIN and {{ kept }}.", section.prose());
        assertEquals(List.of("{{ kept }}"), section.inlineCode());
        assertEquals(List.of(new CodeBlock("liquid", "liquid", "{% include x.html %}", 11)), section.codeBlocks());
        assertEquals(5, section.startLine());
        assertEquals(13, section.endLine());
        assertTrue(section.markdown().startsWith("## Use \n\n\nSee [BEGIN](begin.md) and `{{ kept }}`."),
                section.markdown());
    }

    @Test
    void withoutFrontMatterLiquidIsText() {
        Article article = parse("## Forms\n\nAdd {% csrf_token %} inside the form.\n");
        assertEquals("Add {% csrf_token %} inside the form.", article.sections().get(0).prose());
    }

    @Test
    void indentedCodeBlock() {
        Article article = parse("## A\n\n    code line\n    second\n");
        assertEquals(List.of(new CodeBlock("", "", "code line\nsecond", 3)), article.sections().get(0).codeBlocks());
    }

    @Test
    void setextHeadings() {
        Article article = parse("Title\n=====\n\ntext\n\nSub part\n---\n\nmore\n");
        assertEquals(List.of("title", "sub-part"), anchors(article));
        assertEquals(List.of(1, 2), article.sections().stream().map(Section::level).toList());
        assertEquals("Title", article.title());
    }

    @Test
    void duplicateHeadingsGetSuffixes() {
        Article article = parse("## use cases\n\n## Use Cases\n\n## use cases\n");
        assertEquals(List.of("use-cases", "use-cases-1", "use-cases-2"), anchors(article));
    }

    @Test
    void headingMarkupIsRemoved() {
        Article article = parse("## The `map()` **fast** path in [Python](https://python.org) :\n");
        Section section = article.sections().get(0);
        assertEquals("The map() fast path in Python :", section.heading());
        assertEquals("the-map-fast-path-in-python-", section.anchor());
        assertEquals("The map() fast path in Python", section.topic());
    }

    @Test
    void singleFirstH1IsTheTitleAndItsChildrenAreTopics() {
        Article article = parse("# Guide\n\nintro\n\n## Setup:\n\n### Install\n\n## Use\n");
        assertEquals("Guide", article.title());
        assertEquals(List.of("Guide", "Setup", "Setup", "Use"),
                article.sections().stream().map(Section::topic).toList());
        assertEquals(List.of("Guide", "Setup:"), article.sections().get(2).breadcrumb());
        assertEquals(List.of(), article.sections().get(0).breadcrumb());
    }

    @Test
    void titleFromFrontMatterWhenNoH1() {
        Article article = parse("---\ntitle: \"Front Title\"\ntags: [a]\n---\n## A\ntext\n");
        assertEquals("Front Title", article.title());
        assertEquals(1, article.sections().size());
        assertEquals(5, article.sections().get(0).startLine());
        assertEquals("text", article.sections().get(0).prose());
    }

    @Test
    void titleFromFileNameWhenNoH1NorFrontMatter() {
        assertEquals("my first article", parser.parse("guides/my_first-article.md", "## A\n").title());
        assertEquals("notes", parse("# One\n\n# Two\n").title());
        assertEquals("notes", parse("## Intro\n\n# Late H1\n").title());
    }

    @Test
    void leadSectionHoldsTextBeforeFirstHeading() {
        Article article = parse("Some intro with `code`.\n\n## A\n\nbody\n");
        Section lead = article.sections().get(0);
        assertTrue(lead.isLead());
        assertEquals(Section.LEAD_ANCHOR, lead.anchor());
        assertEquals("notes", lead.heading());
        assertEquals("notes", lead.topic());
        assertEquals("Some intro with code.", lead.prose());
        assertEquals(List.of("code"), lead.inlineCode());
        assertEquals(1, lead.startLine());
        assertEquals(1, lead.endLine());
    }

    @Test
    void imageOnlyLeadIsSkipped() {
        assertEquals(List.of("A"), headings(parse("![](img1.png)\n\n## A\n")));
    }

    @Test
    void tableOfContentsIsNotContent() {
        String markdown = "## Intro\n\nHello.\n\n- [Intro](#intro)\n  - [Deep](#deep)\n\n"
                + "<!-- TOC -->\n* [X](#x)\n<!-- TOC -->\n\nSee [below](#deep) for more.\n";
        assertEquals("Hello.\n\nSee below for more.", parse(markdown).sections().get(0).prose());
    }

    @Test
    void taskMarkersDoNotLeakIntoText() {
        Section section = parse("## Use cases\n\n1. [X]  **Fast:** quick\n2. [ ] Slow one\n").sections().get(0);
        assertEquals("Fast: quick\nSlow one", section.prose());
        assertEquals(List.of(new UseCase("Fast", "Fast: quick"), new UseCase("", "Slow one")), section.useCases());
    }

    @Test
    void useCasesAfterLabelParagraphs() {
        String markdown = "## Stuff\n\n- not a use case\n\n**Use cases**\n\n- **A**: alpha\n\n"
                + "Here are some common use cases for tags:\n\n1. **B:** beta `x`\n\n"
                + "Mentions a use case. But no colon\n\n- plain\n";
        assertEquals(List.of(new UseCase("A", "A: alpha"), new UseCase("B", "B: beta x")),
                parse(markdown).sections().get(0).useCases());
    }

    @Test
    void proseFromTablesHtmlBlocksAndQuotes() {
        String markdown = "## T\n\n| a | b |\n|---|---|\n| `x` | 2 |\n\n<div class=\"n\">\n<b>bold</b> &amp; text\n</div>\n\n"
                + "> quoted \\*star\\*\n\n{% include note.html %} {{ page.title }}\n";
        Section section = parse(markdown).sections().get(0);
        assertEquals("a | b\nx | 2\n\nbold & text\n\nquoted *star*\n\n{% include note.html %} {{ page.title }}",
                section.prose());
        assertEquals(List.of("x"), section.inlineCode());
    }

    @Test
    void sectionMarkdownLinesAndHashes() {
        String source = "## A\n\ntext\n\n\n## B\nb\n";
        Article article = parse(source);
        Section a = article.sections().get(0);
        assertEquals("## A\n\ntext", a.markdown());
        assertEquals(1, a.startLine());
        assertEquals(3, a.endLine());
        assertEquals("## B\nb", article.sections().get(1).markdown());
        assertEquals(Hashes.sha256Hex(source), article.contentHash());
        assertEquals(64, article.contentHash().length());
    }

    @Test
    void headingsNestedInQuotesStayInTheirSectionButTakeAnAnchor() {
        Article article = parse("## A\n\n> ## A\n> quoted\n\n## A\n");
        assertEquals(List.of("a", "a-2"), anchors(article));
        assertEquals("A\nquoted", article.sections().get(0).prose());
    }
}
