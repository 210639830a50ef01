package docsift.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import docsift.markdown.site.TreeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accumulates the searchable content of one section from its top-level blocks: prose, code blocks and code
 * spans. Skips the article's table of contents. Not thread-safe; one instance per section.
 */
final class SectionContent {

    private final LineIndex lines;
    private final List<String> proseBlocks = new ArrayList<>();
    private final List<CodeBlock> codeBlocks = new ArrayList<>();
    private final List<String> inlineCode = new ArrayList<>();
    private int linkWords;
    private final List<String> linkTexts = new ArrayList<>();
    private boolean insideTocMarkers;

    SectionContent(LineIndex lines) {
        this.lines = lines;
    }

    /** Adds one top-level block (or a list item, when collecting a use case's text). */
    SectionContent add(Node block) {
        TocDetector.Marker marker = TocDetector.marker(block);
        if (marker != TocDetector.Marker.NONE) {
            insideTocMarkers = marker == TocDetector.Marker.TOGGLE && !insideTocMarkers;
        } else if (!insideTocMarkers) {
            addText(block);
        }
        return this;
    }

    /** Top-level blocks separated by a blank line; lines of one block (list items, table rows) by a newline. */
    String prose() {
        return String.join("\n\n", proseBlocks);
    }

    List<CodeBlock> codeBlocks() {
        return codeBlocks;
    }

    List<String> inlineCode() {
        return inlineCode;
    }

    /** Words of the prose that are the text of links. */
    int linkWords() {
        return linkWords;
    }

    /** The text of each link in the prose, in order. */
    List<String> linkTexts() {
        return linkTexts;
    }

    boolean isEmpty() {
        return proseBlocks.isEmpty() && codeBlocks.isEmpty();
    }

    private void addText(Node block) {
        List<String> chunks = new ArrayList<>();
        TreeWalk.preOrder(block, node -> visit(node, chunks));
        String text = String.join("\n", chunks);
        if (!text.isBlank()) {
            proseBlocks.add(text);
        }
    }

    /** Emits the text of leaf blocks; returns true only for containers (lists, items, quotes) to enter. */
    private boolean visit(Node node, List<String> chunks) {
        Optional<CodeBlock> code = CodeBlocks.of(node, lines);
        code.ifPresent(codeBlocks::add);
        if (code.isPresent() || node instanceof HtmlCommentBlock || isOutermostTocList(node)) {
            return false;
        }
        if (node instanceof AdmonitionBlock admonition && !admonition.getTitle().isBlank()) {
            // The title of "!!! warning "Back up first"" is text the reader sees; the block's body follows.
            chunks.add(admonition.getTitle().toString());
        }
        Optional<String> text = leafText(node);
        text.filter(t -> !t.isBlank()).ifPresent(chunks::add);
        if (text.isPresent()) {
            TreeWalk.preOrder(node, inline -> countLinkWords(inline));
        }
        return text.isEmpty();
    }

    /** Counts the words of a link's text; returns true to look inside anything else. */
    private boolean countLinkWords(Node inline) {
        if (inline instanceof Link || inline instanceof LinkRef || inline instanceof AutoLink) {
            String text = PlainText.of(inline).strip();
            linkWords += text.isEmpty() ? 0 : text.split("\\s+").length;
            if (!text.isEmpty()) {
                linkTexts.add(text);
            }
            return false;
        }
        return true;
    }

    /** Sub-lists are covered by their outermost list; checking each again would be quadratic in the depth. */
    private static boolean isOutermostTocList(Node node) {
        return !(node.getParent() instanceof ListItem) && TocDetector.isTocList(node);
    }

    private Optional<String> leafText(Node node) {
        if (node instanceof Paragraph || node instanceof Heading) {
            return Optional.of(PlainText.collect(node, inlineCode));
        }
        if (node instanceof TableBlock table) {
            return Optional.of(BlockText.table(table, inlineCode));
        }
        if (node instanceof HtmlBlock html) {
            return Optional.of(BlockText.html(html.getChars()));
        }
        return Optional.empty();
    }
}
