package docsift.markdown;

import com.vladsch.flexmark.util.ast.Document;
import docsift.markdown.site.SiteText;

/**
 * The Markdown of an article as its readers see it, with its parsed document: the file's text without the
 * markup of site generators (MDX module statements, directive fences), with Hugo's TOML front matter read as
 * YAML, and with Liquid and other template markup neutralised when the file is a template ({@link SiteText}).
 * Both the parser and the renderer start from it, so sections, anchors and pages agree. Immutable.
 *
 * @param text     the Markdown; has the same lines as the file
 * @param document {@code text} parsed
 */
record PageSource(String text, Document document) {
    /** The file as its readers see it: see {@link SiteText#rewrite}. */
    static PageSource of(DocumentParser parser, String file) {
        SiteText.Rewritten rewritten = SiteText.rewrite(file, parser::parse);
        return new PageSource(rewritten.text(), rewritten.document());
    }
}
