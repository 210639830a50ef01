package docsift.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;

/**
 * The Markdown of an article as its readers see it, with its parsed document: the file's text without the
 * module statements of MDX pages ({@link EsModules}) and with Liquid neutralised when the file is a Jekyll
 * template ({@link LiquidMarkup}), else the text itself. Both the
 * parser and the renderer start from it, so sections, anchors and pages agree. Immutable.
 *
 * @param text     the Markdown; has the same lines as the file
 * @param document {@code text} parsed
 */
record PageSource(String text, Document document) {

    /**
     * Parses the file once to find its code, and again only after removing MDX module statements or
     * neutralising Liquid.
     */
    static PageSource of(Parser parser, String source) {
        Document document = parser.parse(source);
        String withoutModules = EsModules.remove(source, document);
        if (!withoutModules.equals(source)) {
            document = parser.parse(withoutModules);
        }
        String text = LiquidMarkup.neutralise(withoutModules, document);
        return text.equals(withoutModules) ? new PageSource(text, document) : new PageSource(text, parser.parse(text));
    }
}
