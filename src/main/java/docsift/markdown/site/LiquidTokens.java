package docsift.markdown.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the complete Liquid tags ({@code {% name argument %}}) and outputs ({@code {{ expression }}}) of a
 * text, outside the spans that must stay as written. Like Liquid's own lexer, a tag ends at the first
 * <code>%}</code> after its <code>{%</code> and an output at the first <code>}}</code>; unlike it, a tag or
 * output may not contain a blank line or reach into a verbatim span, so that a stray <code>{{</code> in prose
 * stays text instead of swallowing the paragraphs up to some later <code>}}</code>. Stateless and thread-safe.
 *
 * <p>Runs in time linear in the text: each position is looked at a bounded number of times, and the searches
 * for closing delimiters and blank lines remember their answers (see {@link ForwardSearch}).
 */
final class LiquidTokens {

    /** A range {@code [start, end)} of the text. */
    record Span(int start, int end) {
    }

    /**
     * One complete tag or output.
     *
     * @param start    offset of its opening <code>{%</code> or <code>{{</code>
     * @param end      offset just past its closing <code>%}</code> or <code>}}</code>
     * @param name     a tag's first word ({@code link}, {@code comment}, ...); empty for an output
     * @param argument the rest of a tag's markup, stripped; empty for an output
     */
    record Token(int start, int end, String name, String argument) {
    }

    private final String text;
    private final List<Span> verbatim;
    private final ForwardSearch tagClose;
    private final ForwardSearch outputClose;
    private final ForwardSearch blankLine;

    private LiquidTokens(String text, List<Span> verbatim) {
        this.text = text;
        this.verbatim = verbatim;
        this.tagClose = ForwardSearch.of(text, "%}");
        this.outputClose = ForwardSearch.of(text, "}}");
        this.blankLine = new ForwardSearch(from -> firstBlankLine(text, from));
    }

    /**
     * The tokens of {@code text} in order, none inside or overlapping a verbatim span.
     *
     * @param verbatim non-overlapping spans sorted by start: text that is not Liquid (code, front matter)
     */
    static List<Token> of(String text, List<Span> verbatim) {
        return new LiquidTokens(text, verbatim).scan();
    }

    private List<Token> scan() {
        List<Token> tokens = new ArrayList<>();
        int next = 0;
        int i = 0;
        // The next '{' at or after i, found again only once i passes it, so the scan stays linear.
        int brace = -1;
        while (i + 1 < text.length()) {
            if (next < verbatim.size() && i >= verbatim.get(next).start()) {
                i = Math.max(i, verbatim.get(next++).end());
                continue;
            }
            int limit = next < verbatim.size() ? verbatim.get(next).start() : text.length();
            // Only a '{' can open a token: jump to the next one (2% of a full build's CPU went to looking at
            // every character), or to the verbatim span ahead when it comes first.
            if (brace < i) {
                brace = text.indexOf('{', i);
            }
            if (brace < 0 || brace + 1 == text.length()) {
                break;
            }
            if (brace >= limit) {
                i = limit;
                continue;
            }
            i = brace;
            int end = tokenEnd(i, limit);
            if (end > i) {
                tokens.add(token(i, end));
            }
            i = end > i ? end : i + 1;
        }
        return tokens;
    }

    /** The end of the tag or output opening at {@code start} and closing before {@code limit}, or -1. */
    private int tokenEnd(int start, int limit) {
        if (text.charAt(start) != '{' || (text.charAt(start + 1) != '%' && text.charAt(start + 1) != '{')) {
            return -1;
        }
        ForwardSearch close = text.charAt(start + 1) == '%' ? tagClose : outputClose;
        int found = close.from(start + 2);
        int blank = blankLine.from(start);
        boolean complete = found >= 0 && found + 2 <= limit && (blank < 0 || blank > found);
        return complete ? found + 2 : -1;
    }

    private Token token(int start, int end) {
        if (text.charAt(start + 1) == '{') {
            return new Token(start, end, "", "");
        }
        String markup = withoutWhitespaceControl(text.substring(start + 2, end - 2)).strip();
        int nameEnd = 0;
        while (nameEnd < markup.length() && !Character.isWhitespace(markup.charAt(nameEnd))) {
            nameEnd++;
        }
        return new Token(start, end, markup.substring(0, nameEnd), markup.substring(nameEnd).strip());
    }

    /** {@code {%- name -%}} trims whitespace around the tag in Liquid; here only the dashes go. */
    private static String withoutWhitespaceControl(String markup) {
        int from = markup.startsWith("-") ? 1 : 0;
        int to = markup.endsWith("-") && markup.length() > from ? markup.length() - 1 : markup.length();
        return markup.substring(from, to);
    }

    /**
     * Offset of the first line break at or after {@code from} that ends a line followed by a blank one (only
     * spaces or tabs before the next break), or -1. A {@code \r\n} pair counts as one break.
     */
    private static int firstBlankLine(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (!isBreak(text.charAt(i))) {
                i++;
                continue;
            }
            int j = text.startsWith("\r\n", i) ? i + 2 : i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < text.length() && isBreak(text.charAt(j))) {
                return i;
            }
            i = j;
        }
        return -1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
