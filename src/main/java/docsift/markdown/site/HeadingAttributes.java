package docsift.markdown.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribute list that may end a heading in kramdown, Pandoc, MkDocs and Hugo ({@code ## Steps {#steps}},
 * {@code {: #steps .wide}}; FastAPI's docs give every heading one). It is no heading text; an id in it is the
 * section's anchor. Only strict attribute syntax counts: {@code ## GET /items/{item_id}} keeps its text. Stateless.
 */
final class HeadingAttributes {
    /** One attribute of an attribute list: {@code #id}, {@code .class} or {@code key=value}. */
    private static final String ATTRIBUTE = "(?:[#.][A-Za-z][\\w:.-]*|[A-Za-z][\\w-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))";
    /** An attribute list at the end of a heading's text: {@code {#id}}, {@code { #id .class }}, {@code {: #id}}. */
    private static final Pattern HEADING_ATTRIBUTES = Pattern.compile(
            "\\s*\\{:?\\s*(" + ATTRIBUTE + "(?:\\s+" + ATTRIBUTE + ")*)\\s*\\}\\s*$");
    private static final Pattern ATTRIBUTE_ID = Pattern.compile("(?:^|\\s)#([A-Za-z][\\w:.-]*)");
    /** A heading id kept by {@link #hide}. */
    private static final Pattern KEPT_ID = Pattern.compile("<!--#([A-Za-z][\\w:.-]*)-->");

    /** The longest attribute list recognised, in characters. */
    private static final int MAX_LIST_CHARS = 500;

    private HeadingAttributes() {
    }

    /**
     * The attribute list that ends a heading in kramdown, Pandoc, MkDocs and Hugo ({@code ## Steps {#steps}},
     * {@code {: #steps .wide}}) is no text of the heading: it goes, and an id in it is kept as an inline comment
     * that the page does not show and {@link #id} reads back.
     */
    static void hide(Heading heading, SourceEdits edits) {
        BasedSequence text = heading.getText();
        // Only the end of the heading is looked at: a list is short, and the pattern's repetition recurses once
        // per attribute, so a heading of thousands of "#a" would overflow the stack.
        Matcher attributes = HEADING_ATTRIBUTES.matcher(text).region(Math.max(0, text.length() - MAX_LIST_CHARS),
                text.length());
        if (!text.isEmpty() && attributes.find()) {
            Matcher id = ATTRIBUTE_ID.matcher(attributes.group(1));
            edits.replace(text.getStartOffset() + attributes.start(), text.getEndOffset(),
                    id.find() ? "<!--#" + id.group(1) + "-->" : "");
        }
    }

    /** The id the author gave a heading, as {@link #hide} kept it; null when none. */
    static String id(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            Matcher id = child instanceof HtmlInlineComment ? KEPT_ID.matcher(child.getChars()) : null;
            if (id != null && id.matches()) {
                return id.group(1);
            }
        }
        return null;
    }
}
