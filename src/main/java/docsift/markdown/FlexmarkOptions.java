package docsift.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows flexmark's option keys, shared by {@link MarkdownParser} and {@link ArticleRenderer}
 * so that both see the same syntax. Stateless; the option set is immutable and thread-safe.
 */
final class FlexmarkOptions {

    /** Parser and renderer must agree on extensions, or headings and anchors would differ between them. */
    static final DataHolder OPTIONS = build(false);
    /**
     * The same with MkDocs admonitions ("!!! note", "??? tip"), whose body is text indented like code. Kept
     * apart because the admonition parser tries every line of every document: half as much parsing time
     * again on a large corpus, for syntax that only some sites use (see {@link DocumentParser}).
     */
    static final DataHolder WITH_ADMONITIONS = build(true);

    private FlexmarkOptions() {
    }

    /** Renders documents parsed with or without admonitions alike. */
    static HtmlRenderer.Builder newRendererBuilder() {
        return HtmlRenderer.builder(WITH_ADMONITIONS);
    }

    private static DataHolder build(boolean admonitions) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                YamlFrontMatterExtension.create()));
        if (admonitions) {
            extensions.add(AdmonitionExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        // Articles come from a shared folder: raw HTML is shown as text, never executed.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        // Comments such as <!-- TOC --> are authoring markers, not something a reader should see escaped.
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        // Heading ids come from our Slugger (see HeadingAnchors), not flexmark's generator, so they match the index.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        // SUPPRESSED_LINKS keeps its default (lower-case "javascript:" links render as plain text); PageAttributes
        // neutralises what that pattern misses: other letter cases, entity-encoded schemes, vbscript:, data:.
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        return options.toImmutable();
    }
}
