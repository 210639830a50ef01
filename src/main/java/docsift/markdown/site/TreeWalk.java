package docsift.markdown.site;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * Iterative pre-order traversal of a flexmark subtree. Stateless and thread-safe.
 *
 * <p>Iterative on purpose: articles may nest quotes or lists thousands of levels deep, and a recursive
 * visitor would overflow the stack long before flexmark's parser does.
 */
public final class TreeWalk {

    private TreeWalk() {
    }

    /** Visits {@code root} and its descendants in document order; the visitor returns true to enter a node. */
    public static void preOrder(Node root, Predicate<Node> visitor) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (visitor.test(node)) {
                pushChildren(pending, node);
            }
        }
    }

    private static void pushChildren(Deque<Node> pending, Node node) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }
}
