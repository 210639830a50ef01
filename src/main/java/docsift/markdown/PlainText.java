package docsift.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import docsift.markdown.site.TreeWalk;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text of inline content (a paragraph, heading, table cell or emphasis): markup dropped, the text of
 * code spans, links and image alt texts kept, inline HTML tags dropped. Not thread-safe; one per collection.
 */
final class PlainText {

    private final StringBuilder text = new StringBuilder();
    private final List<String> codeSpans;

    private PlainText(List<String> codeSpans) {
        this.codeSpans = codeSpans;
    }

    /** The plain text of {@code node}'s inline content. */
    static String of(Node node) {
        return collect(node, new ArrayList<>());
    }

    /** The plain text of {@code node}, adding the text of each code span to {@code codeSpans} in order. */
    static String collect(Node node, List<String> codeSpans) {
        PlainText collector = new PlainText(codeSpans);
        TreeWalk.preOrder(node, collector::visit);
        return collector.text.toString().strip();
    }

    /** Heading text on one line: breaks inside setext headings become single spaces. */
    static String singleLine(Node node) {
        return of(node).replaceAll("\\s+", " ").strip();
    }

    /** Labels such as "Python related topics:" without their trailing colon. */
    static String withoutColon(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    }

    private boolean visit(Node node) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            text.append(Escaping.unescapeString(node.getChars()));
        } else if (node instanceof Code code) {
            addCode(code);
        } else if (node instanceof SoftLineBreak) {
            // A wrapped line goes on the same paragraph, as a browser shows it: only real breaks end a line,
            // which is where snippets may start (see SnippetBreaks).
            text.append(' ');
        } else if (node instanceof HardLineBreak) {
            text.append('\n');
        } else if (node instanceof DelimitedLinkNode autoLink) {
            text.append(autoLink.getText());
        } else {
            // Inline HTML is markup, not words; everything else (emphasis, links, images) is a container.
            return !(node instanceof HtmlInline || node instanceof HtmlInlineComment);
        }
        return false;
    }

    private void addCode(Code code) {
        String span = code.getText().toString().replaceAll("\\R", " ").strip();
        codeSpans.add(span);
        text.append(span);
    }
}
