package docsift.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders article Markdown to a safe HTML fragment for the article page: raw HTML escaped, script URLs
 * neutralised, and every heading carrying the id {@link MarkdownParser} gave its section. Thread-safe: parser
 * and renderer are built once and shared.
 */
public final class ArticleRenderer {

    private final DocumentParser parser = new DocumentParser();
    private final HtmlRenderer renderer = FlexmarkOptions.newRendererBuilder()
            .attributeProviderFactory(new PageAttributes.Factory())
            .build();

    /** The whole article as HTML, Liquid neutralised as by the parser; heading ids equal the sections' anchors. */
    public String renderArticle(String source) {
        return render("article", () -> PageSource.of(parser, source).document());
    }

    /**
     * One section's Markdown as HTML; heading ids are computed within the snippet. Takes
     * {@link Section#markdown()}, whose Liquid the parser has already neutralised.
     */
    public String renderSection(String sectionMarkdown) {
        return render("section", () -> parser.parse(sectionMarkdown));
    }

    /** Table of contents of an article page: every section but the lead, in order. */
    public List<TocEntry> toc(Article article) {
        return article.sections().stream()
                .filter(section -> !section.isLead())
                .map(section -> new TocEntry(section.level(), section.heading(), section.anchor()))
                .toList();
    }

    private String render(String what, Supplier<Document> parse) {
        // flexmark renders nested blocks recursively; StackGuard reports absurd nesting as MarkdownException.
        return StackGuard.run(what, () -> renderer.render(parse.get()));
    }
}
