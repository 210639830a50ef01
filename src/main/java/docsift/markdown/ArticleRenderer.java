package docsift.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.List;

/**
 * Renders article Markdown to a safe HTML fragment for the article page: raw HTML escaped, script URLs
 * neutralised, and every heading carrying the id {@link MarkdownParser} gave its section. Thread-safe: parser
 * and renderer are built once and shared.
 */
public final class ArticleRenderer {

    private final Parser parser = FlexmarkOptions.newParser();
    private final HtmlRenderer renderer = FlexmarkOptions.newRendererBuilder()
            .attributeProviderFactory(new PageAttributes.Factory())
            .build();

    /** The whole article as HTML; heading ids equal the parsed sections' anchors. */
    public String renderArticle(String source) {
        return render("article", source);
    }

    /** One section's Markdown as HTML; heading ids are computed within the snippet. */
    public String renderSection(String sectionMarkdown) {
        return render("section", sectionMarkdown);
    }

    /** Table of contents of an article page: every section but the lead, in order. */
    public List<TocEntry> toc(Article article) {
        return article.sections().stream()
                .filter(section -> !section.isLead())
                .map(section -> new TocEntry(section.level(), section.heading(), section.anchor()))
                .toList();
    }

    private String render(String what, String markdown) {
        // flexmark renders nested blocks recursively; StackGuard reports absurd nesting as MarkdownException.
        return StackGuard.run(what, () -> renderer.render(parser.parse(markdown)));
    }
}
