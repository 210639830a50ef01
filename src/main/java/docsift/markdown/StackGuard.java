package docsift.markdown;

import java.util.function.Supplier;

/**
 * Runs flexmark work and turns a stack overflow into a {@link MarkdownException}. Stateless and thread-safe.
 *
 * <p>flexmark parses some constructs (e.g. {@code - - - ... x}) and renders all nesting recursively, so a
 * hostile or broken file can exhaust the stack. Our own traversals are iterative; this is the one place where
 * the library's recursion is contained.
 */
final class StackGuard {

    private StackGuard() {
    }

    static <T> T run(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new MarkdownException(what + ": Markdown nested too deeply to process", e);
        }
    }
}
