package docsift.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * The Markdown of an article as its readers see it, with its parsed document: the file's text without the
 * markup of site generators ({@link SiteMarkup}: MDX module statements, directive fences), with Hugo's TOML
 * front matter read as YAML ({@link TomlFrontMatter}), and with Liquid and other template markup neutralised
 * when the file is a template ({@link LiquidMarkup}). Both the
 * parser and the renderer start from it, so sections, anchors and pages agree. Immutable.
 *
 * @param text     the Markdown; has the same lines as the file
 * @param document {@code text} parsed
 */
record PageSource(String text, Document document) {
    /** Site markup removals, each on the text the previous one left: enough for directives nested three deep. */
    private static final int MAX_MARKUP_PASSES = 3;

    /**
     * Parses the file once to find its code, and again only after removing site markup or neutralising
     * Liquid.
     */
    static PageSource of(DocumentParser parser, String file) {
        String plain = TomlFrontMatter.asYaml(file);
        Document document = parser.parse(plain);
        // Each pass unwraps one level of nested MyST directives; deeper nesting than this stays code.
        for (int pass = 0; pass < MAX_MARKUP_PASSES; pass++) {
            String without = SiteMarkup.remove(plain, document);
            if (without.equals(plain)) {
                break;
            }
            plain = without;
            document = parser.parse(plain);
        }
        String text = LiquidMarkup.neutralise(plain, document);
        return text.equals(plain) ? new PageSource(text, document) : new PageSource(text, parser.parse(text));
    }
}
