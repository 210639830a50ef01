package docsift.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the markup that documentation site generators put in top-level paragraphs, which their readers
 * never see as text. Code is never touched, and line breaks are kept, so the text has the file's lines.
 * Stateless.
 * <ul>
 *   <li>The import and export statements of MDX pages ({@code import Tabs from '@theme/Tabs';}): build code,
 *       and otherwise the first words of every page's lead section. A paragraph that starts with one goes
 *       whole (an export may span lines). The statements are so specific ({@code import X from '...'},
 *       {@code export const}) that a plain Markdown file has them only as the same build code; "import" in
 *       prose stays.</li>
 *   <li>The fences of directive containers, the admonitions of Docusaurus, VuePress and Pandoc
 *       ({@code :::tip Use a TTL} ... {@code :::}, {@code :::note[Title]}, {@code ::: {.warning}}): the
 *       title stays as a line of text of its own (a hard line break follows it), the markers go, so snippets
 *       read "Use a TTL", then "Always set...", rather than ":::tip Use a TTL".</li>
 * </ul>
 */
final class SiteMarkup {
    /** The start of an ES module statement: {@code import 'x'}, {@code import X from 'x'}, {@code export const}. */
    private static final Pattern MODULE_STATEMENT = Pattern.compile(
            "(import\\s+(['\"]|[\\w*{][^'\"\\n]*\\sfrom\\s+['\"])"
            + "|export\\s+(default\\b|const\\s|let\\s|var\\s|function\\s|async\\s+function\\s|class\\s|\\{|\\*))");
    /** A directive fence line: colons, an optional type or {attributes}, then an optional [title] or title. */
    private static final Pattern FENCE = Pattern.compile("[ \\t]*:{3,}[ \\t]*(?:[A-Za-z][\\w-]*|\\{[^}\\n]*\\})?"
            + "(?:\\[([^\\]\\n]*)\\])?[ \\t]*([^\\n]*)");

    private SiteMarkup() {
    }

    /** The source without that markup, or {@code source} itself when it has none. */
    static String remove(String source, Document document) {
        StringBuilder text = null;
        int copied = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph)) {
                continue;
            }
            int end = block.getEndOffset();
            boolean moduleStatement = MODULE_STATEMENT.matcher(block.getChars()).lookingAt();
            for (int line = block.getStartOffset(); line < end; line = nextLine(source, line, end)) {
                int lineEnd = lineEnd(source, line, end);
                String replacement = moduleStatement ? "" : fenceTitle(source, line, lineEnd);
                if (replacement != null) {
                    text = text == null ? new StringBuilder(source.length()) : text;
                    text.append(source, copied, line).append(replacement);
                    copied = lineEnd;
                }
            }
        }
        return text == null ? source : text.append(source, copied, source.length()).toString();
    }

    /** The title a directive fence line keeps ("" for none), or null when the line is no fence. */
    private static String fenceTitle(String source, int line, int lineEnd) {
        Matcher fence = FENCE.matcher(source).region(line, lineEnd);
        if (!fence.matches()) {
            return null;
        }
        String title = (fence.group(1) != null ? fence.group(1) : fence.group(2)).strip();
        // Two trailing spaces: a hard line break when text follows, nothing at the end of a paragraph.
        return title.isEmpty() ? "" : title + "  ";
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
