package docsift.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;

/**
 * The Markdown of an article as its readers see it, with its parsed document: the file's text with Liquid
 * neutralised when the file is a Jekyll template (see {@link LiquidMarkup}), else the text itself. Both the
 * parser and the renderer start from it, so sections, anchors and pages agree. Immutable.
 *
 * @param text     the Markdown; has the same lines as the file
 * @param document {@code text} parsed
 */
record PageSource(String text, Document document) {

    /** Parses the file once to find its code, and a second time only when Liquid was neutralised. */
    static PageSource of(Parser parser, String source) {
        Document document = parser.parse(source);
        String text = LiquidMarkup.neutralise(source, document);
        return text.equals(source) ? new PageSource(source, document) : new PageSource(text, parser.parse(text));
    }
}
