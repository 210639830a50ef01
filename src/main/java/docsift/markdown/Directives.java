package docsift.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the fences of directive containers, the admonitions of Docusaurus, VuePress and Pandoc
 * ({@code :::tip Use a TTL} ... {@code :::}, {@code :::note[Title]}, {@code ::: {.warning}}): the title stays as
 * text, the markers go, so snippets read "Use a TTL Always set..." rather than ":::tip Use a TTL". Only lines of
 * top-level paragraphs that start with three colons are touched, never code. Line breaks are kept, so the text
 * has the file's lines. Stateless.
 */
final class Directives {
    /** Colons, an optional type or {attributes}, then an optional [title] or title. */
    private static final Pattern FENCE = Pattern.compile("[ \\t]*:{3,}[ \\t]*(?:[A-Za-z][\\w-]*|\\{[^}\\n]*\\})?"
            + "(?:\\[([^\\]\\n]*)\\])?[ \\t]*([^\\n]*)");

    private Directives() {
    }

    /** The source with directive fences reduced to their titles, or {@code source} when it has none. */
    static String neutralise(String source, Document document) {
        StringBuilder text = null;
        int copied = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph)) {
                continue;
            }
            int end = block.getEndOffset();
            for (int line = block.getStartOffset(); line < end; line = nextLine(source, line, end)) {
                int lineEnd = lineEnd(source, line, end);
                Matcher fence = FENCE.matcher(source).region(line, lineEnd);
                if (fence.matches()) {
                    if (text == null) {
                        text = new StringBuilder(source.length());
                    }
                    String title = fence.group(1) != null ? fence.group(1) : fence.group(2);
                    text.append(source, copied, line).append(title.strip());
                    copied = lineEnd;
                }
            }
        }
        return text == null ? source : text.append(source, copied, source.length()).toString();
    }

    private static int lineEnd(String source, int from, int limit) {
        int at = from;
        while (at < limit && source.charAt(at) != '\n' && source.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    private static int nextLine(String source, int from, int limit) {
        int at = lineEnd(source, from, limit);
        if (at < limit && source.charAt(at) == '\r') {
            at++;
        }
        if (at < limit && source.charAt(at) == '\n') {
            at++;
        }
        return at == from ? limit : at;
    }
}
