package docsift.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text of the leaf blocks that are not plain inline content: tables and raw HTML blocks.
 * Stateless and thread-safe.
 */
final class BlockText {

    /** Comments, then tags; applied to the text of one HTML block node, never to the Markdown source. */
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\R\\s*");

    private BlockText() {
    }

    /** Rows on their own lines, cells separated by " | "; the header's dashes row is dropped. */
    static String table(TableBlock table, List<String> codeSpans) {
        List<String> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof TableSeparator)) {
                part.getChildren().forEach(row -> rows.add(row(row, codeSpans)));
            }
        }
        return String.join("\n", rows);
    }

    /** The words of an HTML block: tags and comments removed, entities decoded, one line per text run. */
    static String html(CharSequence html) {
        String noComments = COMMENT.matcher(html).replaceAll(" ");
        String noTags = TAG.matcher(noComments).replaceAll(" ");
        String text = Escaping.unescapeHtml(noTags);
        return BLANK_LINES.matcher(text.strip()).replaceAll("\n").replaceAll("[ \\t]+", " ");
    }

    private static String row(Node row, List<String> codeSpans) {
        List<String> cells = new ArrayList<>();
        row.getChildren().forEach(cell -> cells.add(PlainText.collect(cell, codeSpans)));
        return String.join(" | ", cells);
    }
}
