package docsift.markdown;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Recognises an article's own table of contents, which repeats every heading and would otherwise match every
 * query: a list made only of links to {@code #anchors}, and the {@code <!-- TOC -->} markers editors put around
 * one. Stateless and thread-safe.
 */
final class TocDetector {

    /** Start or end marker, as written by common TOC generators: {@code <!-- TOC -->}, {@code <!-- /TOC -->}. */
    private static final Pattern MARKER = Pattern.compile("(?i)<!--\\s*(/?)\\s*toc\\s*-->\\s*");

    /** What a block is for the TOC region around it. */
    enum Marker { NONE, TOGGLE, END }

    private TocDetector() {
    }

    static Marker marker(Node block) {
        if (!(block instanceof HtmlCommentBlock)) {
            return Marker.NONE;
        }
        var matcher = MARKER.matcher(block.getChars());
        if (!matcher.matches()) {
            return Marker.NONE;
        }
        // Some generators write the same marker at both ends, so a plain marker toggles.
        return matcher.group(1).isEmpty() ? Marker.TOGGLE : Marker.END;
    }

    /** True when every item of the list and its sub-lists is a single link to an anchor in the same page. */
    static boolean isTocList(Node node) {
        if (!(node instanceof ListBlock)) {
            return false;
        }
        Deque<Node> lists = new ArrayDeque<>();
        lists.push(node);
        int links = 0;
        while (!lists.isEmpty()) {
            int found = countItemLinks(lists.pop(), lists);
            if (found < 0) {
                return false;
            }
            links += found;
        }
        return links > 0;
    }

    /** Links in the list's items, queueing sub-lists; -1 when an item holds anything else. */
    private static int countItemLinks(Node list, Deque<Node> lists) {
        int links = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock) {
                    lists.push(child);
                } else if (isAnchorLink(child)) {
                    links++;
                } else {
                    return -1;
                }
            }
        }
        return links;
    }

    private static boolean isAnchorLink(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        int links = 0;
        for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof Link link && link.getUrl().startsWith("#")) {
                links++;
            } else if (!isBlank(inline)) {
                return false;
            }
        }
        return links == 1;
    }

    private static boolean isBlank(Node inline) {
        return inline instanceof SoftLineBreak || inline instanceof Text && inline.getChars().isBlank();
    }
}
