package docsift.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * The Markdown of an article as its readers see it, with its parsed document: the file's text without the
 * module statements of MDX pages ({@link EsModules}) and the fences of directive containers ({@link
 * Directives}), with Hugo's TOML front matter read as YAML ({@link TomlFrontMatter}), and with Liquid and
 * other template markup neutralised when the file is a template ({@link LiquidMarkup}). Both the
 * parser and the renderer start from it, so sections, anchors and pages agree. Immutable.
 *
 * @param text     the Markdown; has the same lines as the file
 * @param document {@code text} parsed
 */
record PageSource(String text, Document document) {

    /**
     * Parses the file once to find its code, and again only after removing MDX module statements or directive
     * fences, or neutralising Liquid.
     */
    static PageSource of(DocumentParser parser, String file) {
        String source = TomlFrontMatter.asYaml(file);
        Document document = parser.parse(source);
        String plain = Directives.neutralise(EsModules.remove(source, document), document);
        if (!plain.equals(source)) {
            document = parser.parse(plain);
        }
        String text = LiquidMarkup.neutralise(plain, document);
        return text.equals(plain) ? new PageSource(text, document) : new PageSource(text, parser.parse(text));
    }
}
