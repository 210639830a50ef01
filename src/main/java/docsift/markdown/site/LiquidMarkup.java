package docsift.markdown.site;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import docsift.markdown.site.LiquidTokens.Span;
import docsift.markdown.site.LiquidTokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Neutralises the Liquid template markup of Jekyll pages, so that indexed prose, snippets and article pages
 * show what a reader of the built site reads rather than {@code {% include ... %}} and
 * {@code {{site.data.alerts.callout_info}}}. Stateless and thread-safe.
 *
 * <p>Follows Jekyll's rule that only files starting with YAML front matter are templates: an article
 * without it (a Django tutorial writing {@code {% csrf_token %}}, say) is returned as it is. Code blocks,
 * code spans and the front matter itself are never changed, because template examples in code are content.
 * Elsewhere:
 * <ul>
 *   <li>{@code {% link path %}} and {@code {% link_to path %}} become the path without its {@code {{ ... }}}
 *       parts and leading slash, so {@code [BEGIN]({% link {{ page.version.version }}/begin-transaction.md %})}
 *       becomes the link {@code [BEGIN](begin-transaction.md)}, relative to the article like the site's;</li>
 *   <li>{@code {% comment %}} and {@code {% capture %}} blocks go with their content (up to the first
 *       matching end tag; Liquid does not nest these in practice);</li>
 *   <li>{@code {% raw %}} and {@code {% endraw %}} go, and the content between them stays exactly as written;</li>
 *   <li>an output that stands for words of the sentence, an MDN cross-reference macro or a Hugo shortcode with a
 *       {@code text} parameter, becomes those words (see {@link TemplateCalls});</li>
 *   <li>every other tag and every other {@code {{ ... }}} output goes;</li>
 *   <li>an unterminated <code>{%</code> or <code>{{</code> (see {@link LiquidTokens}) stays text, and a block
 *       without its end tag loses only its opening tag, so no content is lost.</li>
 * </ul>
 * Every line break of removed markup is kept in place, so the result has the same lines as the source and
 * sections' line numbers hold for the file. Linear time in the source.
 */
final class LiquidMarkup {

    private static final Set<String> LINK_TAGS = Set.of("link", "link_to");
    /** Block tags: raw keeps its content, the others go with theirs. */
    private static final Set<String> BLOCKS = Set.of("comment", "capture", "raw");
    private static final String RAW = "raw";

    private LiquidMarkup() {
    }

    /**
     * The source with Liquid neutralised, or {@code source} itself when it is not a Jekyll template or has no
     * Liquid outside code.
     *
     * @param document {@code source} parsed by the article parser: where its front matter and code are
     */
    static String neutralise(String source, Document document) {
        if (!startsWithFrontMatter(document)) {
            return source;
        }
        List<Token> tokens = LiquidTokens.of(source, verbatimSpans(document));
        return tokens.isEmpty() ? source : new Rewrite(source, tokens).run();
    }

    /** Jekyll's test: front matter on the first line. flexmark also accepts it after blank lines. */
    private static boolean startsWithFrontMatter(Document document) {
        return document.getFirstChild() instanceof YamlFrontMatterBlock frontMatter
                && frontMatter.getStartOffset() == 0;
    }

    /** Front matter, code blocks and code spans, sorted by offset. */
    private static List<Span> verbatimSpans(Document document) {
        List<Span> spans = new ArrayList<>();
        TreeWalk.preOrder(document, node -> {
            boolean verbatim = isVerbatim(node);
            if (verbatim) {
                spans.add(new Span(node.getStartOffset(), node.getEndOffset()));
            }
            return !verbatim;
        });
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static boolean isVerbatim(Node node) {
        return node instanceof YamlFrontMatterBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof Code;
    }

    /** One pass over the source, replacing tokens in order. Not thread-safe; one per call. */
    private static final class Rewrite {
        private final String source;
        private final List<Token> tokens;
        private final StringBuilder out;
        /** Block name to where its next end tag is; searched forward only, so linear in the tokens. */
        private final Map<String, ForwardSearch> endTags = new HashMap<>();
        /** Offset up to which the source has been written or deliberately skipped. */
        private int copied;

        Rewrite(String source, List<Token> tokens) {
            this.source = source;
            this.tokens = tokens;
            this.out = new StringBuilder(source.length());
            BLOCKS.forEach(block -> endTags.put(block, endTag("end" + block)));
        }

        String run() {
            int t = 0;
            while (t < tokens.size()) {
                t = rewrite(t) + 1;
            }
            out.append(source, copied, source.length());
            return out.toString();
        }

        /** Writes token {@code t} (and its block, if it opens one); returns the index of the last token used. */
        private int rewrite(int t) {
            Token token = tokens.get(t);
            int end = blockEnd(token, t);
            out.append(source, copied, token.start());
            if (end < 0) {
                out.append(replacement(token));
                drop(token.start(), token.end());
                return t;
            }
            Token closing = tokens.get(end);
            if (token.name().equals(RAW)) {
                drop(token.start(), token.end());
                out.append(source, token.end(), closing.start());
                drop(closing.start(), closing.end());
            } else {
                drop(token.start(), closing.end());
            }
            return end;
        }

        /** What a tag or output outside a block becomes: a link's path, an output's words, or nothing. */
        private String replacement(Token token) {
            if (LINK_TAGS.contains(token.name())) {
                return linkPath(token.argument());
            }
            boolean output = source.startsWith("{{", token.start());
            return output ? TemplateCalls.visibleText(source.substring(token.start(), token.end())) : "";
        }

        /** Index of the end tag closing the block {@code token} opens, or -1 (not a block, or unclosed). */
        private int blockEnd(Token token, int t) {
            ForwardSearch search = endTags.get(token.name());
            return search == null ? -1 : search.from(t + 1);
        }

        /** Skips the source from {@code from} to {@code to}, writing only its line breaks. */
        private void drop(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = source.charAt(i);
                if (c == '\n' || c == '\r') {
                    out.append(c);
                }
            }
            copied = to;
        }

        private ForwardSearch endTag(String name) {
            return new ForwardSearch(from -> {
                for (int i = from; i < tokens.size(); i++) {
                    if (tokens.get(i).name().equals(name)) {
                        return i;
                    }
                }
                return -1;
            });
        }
    }

    /**
     * {@code {{ page.version.version }}/begin-transaction.md} becomes {@code begin-transaction.md}: what is left
     * of a link tag's path without its Liquid outputs, relative, on one line (the caller keeps the line
     * breaks), and with spaces as {@code %20} since a space would end a Markdown link destination.
     */
    static String linkPath(String argument) {
        StringBuilder path = new StringBuilder(argument.length());
        int i = 0;
        while (i < argument.length()) {
            int open = argument.indexOf("{{", i);
            int close = open < 0 ? -1 : argument.indexOf("}}", open + 2);
            path.append(argument, i, close < 0 ? argument.length() : open);
            i = close < 0 ? argument.length() : close + 2;
        }
        String relative = path.toString().strip();
        int start = 0;
        while (start < relative.length() && relative.charAt(start) == '/') {
            start++;
        }
        return oneUrl(relative.substring(start));
    }

    private static String oneUrl(String path) {
        StringBuilder url = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ' ' || c == '\t') {
                url.append("%20");
            } else if (c != '\n' && c != '\r') {
                url.append(c);
            }
        }
        return url.toString();
    }
}
