package docsift.search.highlight;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Escaped passages with {@code <mark>}ed matches and an ellipsis where a passage starts or ends inside a unit of
 * the text (a sentence of prose, a line of code), so that a snippet cut out of a run-on list item or a
 * 26,000-character line of output says that the text goes on. Immutable and thread-safe.
 */
public final class CutMarkingFormatter extends PassageFormatter {
    /** Marks a cut. */
    public static final String ELLIPSIS = "…";

    private final DefaultPassageFormatter escaping;
    private final String separator;
    private final String unitEnds;
    private final boolean keepIndent;

    /**
     * @param separator  what goes between passages
     * @param unitEnds   characters that end a unit: the text after one starts a new unit
     * @param keepIndent true to keep a passage's leading white space (code), false to strip it (prose)
     */
    private CutMarkingFormatter(String separator, String unitEnds, boolean keepIndent) {
        this.escaping = new DefaultPassageFormatter(Snippets.MARK_OPEN, Snippets.MARK_CLOSE, "", true);
        this.separator = separator;
        this.unitEnds = unitEnds;
        this.keepIndent = keepIndent;
    }

    /** Prose: units are sentences and lines. */
    static CutMarkingFormatter prose() {
        return new CutMarkingFormatter(" " + ELLIPSIS + " ", ".!?:;" + SnippetBreaks.LINE_BREAKS, false);
    }

    /** Code: units are lines, one passage per line of the snippet. */
    static CutMarkingFormatter code() {
        return new CutMarkingFormatter("\n", SnippetBreaks.LINE_BREAKS, true);
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage passage : passages) {
            String text = escaping.format(new Passage[] {passage}, content);
            text = keepIndent ? text.stripTrailing() : text.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!html.isEmpty()) {
                html.append(separator);
            }
            if (startsInside(content, passage.getStartOffset())) {
                html.append(ELLIPSIS).append(' ');
                text = text.stripLeading();
            }
            html.append(text);
            if (endsInside(content, passage.getEndOffset())) {
                html.append(' ').append(ELLIPSIS);
            }
        }
        return html.toString();
    }

    /** True when the text before {@code start} does not end a unit. */
    private boolean startsInside(String content, int start) {
        int last = start - 1;
        while (last >= 0 && isBlank(content.charAt(last))) {
            last--;
        }
        return last >= 0 && unitEnds.indexOf(content.charAt(last)) < 0;
    }

    /** True when the unit goes on past {@code end}. */
    private boolean endsInside(String content, int end) {
        int last = end - 1;
        while (last >= 0 && isBlank(content.charAt(last))) {
            last--;
        }
        if (last < 0 || unitEnds.indexOf(content.charAt(last)) >= 0) {
            return false;
        }
        int next = end;
        while (next < content.length() && isBlank(content.charAt(next))) {
            next++;
        }
        return next < content.length() && SnippetBreaks.LINE_BREAKS.indexOf(content.charAt(next)) < 0;
    }

    /** White space within a line. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) && SnippetBreaks.LINE_BREAKS.indexOf(c) < 0;
    }
}
