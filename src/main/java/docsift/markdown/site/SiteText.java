package docsift.markdown.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import java.util.function.Function;

/**
 * The door of the site-dialect stage: turns a file as a documentation site generator reads it (Jekyll's Liquid,
 * Hugo's TOML and shortcodes, MyST directives, MDX module statements, container fences, attribute lists) into
 * the CommonMark its readers see, with the same lines. Stateless and thread-safe.
 */
public final class SiteText {
    /** Site markup removals, each on the text the previous one left: enough for directives nested three deep. */
    private static final int MAX_MARKUP_PASSES = 3;

    private SiteText() {
    }

    /**
     * The file's text without site markup, and that text parsed.
     *
     * @param text     the Markdown; has the same lines as the file
     * @param document {@code text} parsed
     */
    public record Rewritten(String text, Document document) {
    }

    /**
     * Parses the file once to find its code, and again only after removing site markup or neutralising
     * Liquid: markup is recognised outside code only.
     */
    public static Rewritten rewrite(String file, Function<String, Document> parse) {
        String plain = TomlFrontMatter.asYaml(file);
        Document document = parse.apply(plain);
        // Each pass unwraps one level of nested MyST directives; deeper nesting than this stays code.
        for (int pass = 0; pass < MAX_MARKUP_PASSES; pass++) {
            String without = SiteMarkup.remove(plain, document);
            if (without.equals(plain)) {
                break;
            }
            plain = without;
            document = parse.apply(plain);
        }
        String text = LiquidMarkup.neutralise(plain, document);
        return text.equals(plain) ? new Rewritten(text, document) : new Rewritten(text, parse.apply(text));
    }

    /**
     * The page as its site generator builds it before Markdown: Jekyll includes, MkDocs snippets and MyST
     * include directives replaced by the files they name, in those files too (see {@link IncludeExpander}).
     * Lines change where text is included; what the file's own lines were is not kept.
     *
     * @param pageId  the page's corpus id (path from the corpus root, forward slashes)
     * @param version the page's version folder ({@code page.version.version}), or null
     * @param files   reads included files from the corpus
     */
    public static Expanded expandIncludes(String pageId, String text, String version, IncludeFiles files) {
        return new IncludeExpander(files, pageId, version).run(text);
    }

    /** The id a heading's attribute list gives it ({@code ## Steps {#steps}}), or null: see {@link HeadingAttributes}. */
    public static String headingId(Heading heading) {
        return HeadingAttributes.id(heading);
    }

    /**
     * The language of a code block's info string: its first word, or for a MyST code directive
     * ({@code {code-block} python}) the directive's argument.
     */
    public static String codeLanguage(String info) {
        return MystDirectives.language(info);
    }
}
