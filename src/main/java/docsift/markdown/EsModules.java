package docsift.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;

/**
 * Removes the import and export statements MDX pages carry ({@code import Tabs from '@theme/Tabs';}): code for
 * the site's build, not text for its readers, and otherwise the first words of every page's lead section. A
 * top-level paragraph that starts with such a statement goes whole (an export may span lines); nothing else
 * is touched, so "import" in prose or in code stays. The statements are so specific ({@code import X from
 * '...'}, {@code export const}) that a plain Markdown file has them only as the same build code. Line breaks
 * are kept, so the text has the file's lines. Stateless.
 */
final class EsModules {
    /** The start of an ES module statement: {@code import 'x'}, {@code import X from 'x'}, {@code export const}. */
    private static final Pattern STATEMENT = Pattern.compile("(import\\s+(['\"]|[\\w*{][^'\"\\n]*\\sfrom\\s+['\"])"
            + "|export\\s+(default\\b|const\\s|let\\s|var\\s|function\\s|async\\s+function\\s|class\\s|\\{|\\*))");

    private EsModules() {
    }

    /** The source with its top-level ES module statements blanked out, or {@code source} when it has none. */
    static String remove(String source, Document document) {
        StringBuilder text = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph && STATEMENT.matcher(block.getChars()).lookingAt()) {
                if (text == null) {
                    text = new StringBuilder(source);
                }
                for (int at = block.getStartOffset(); at < block.getEndOffset(); at++) {
                    if (text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                        text.setCharAt(at, ' ');
                    }
                }
            }
        }
        return text == null ? source : text.toString();
    }
}
