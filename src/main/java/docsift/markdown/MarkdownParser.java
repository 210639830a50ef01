package docsift.markdown;

import com.vladsch.flexmark.util.ast.Document;
import docsift.markdown.site.SiteText;
import java.util.Objects;

/**
 * Parses one Markdown article into an {@link Article}: title, content hash and one {@link Section} per
 * top-level heading (plus the lead text before the first heading, when it has content). Liquid markup of
 * Jekyll pages is neutralised first ({@link SiteText}), so sections hold the text a reader of the site
 * sees; their line numbers are still the file's. Thread-safe: the flexmark parser is built once and shared;
 * each call works on its own document.
 *
 * <p>Never throws on content: any string, including binary garbage, yields an article (possibly with no
 * sections), except nesting so deep that flexmark itself overflows the stack, reported as
 * {@link MarkdownException}.
 */
public final class MarkdownParser {

    private final DocumentParser parser = new DocumentParser();

    /**
     * @param articleId path of the file relative to the corpus root, with forward slashes; not blank
     * @param source    the file's text, already decoded
     */
    public Article parse(String articleId, String source) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        if (articleId.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        return StackGuard.run(articleId, () -> build(articleId, source));
    }

    /** Sections come from the text readers see; the hash from the file as it is, for change detection. */
    private Article build(String articleId, String source) {
        PageSource page = PageSource.of(parser, source);
        Document document = page.document();
        HeadingAnchors anchors = HeadingAnchors.of(document);
        SectionCollector collector = new SectionCollector(articleId, document, new LineIndex(page.text()), anchors);
        ArticleTitle title = ArticleTitle.resolve(articleId, document, collector.headings(), anchors);
        return new Article(articleId, title.text(), Hashes.sha256Hex(source), collector.collect(title),
                PageRoute.of(document));
    }
}
