package docsift.markdown;

/**
 * Thrown when an article cannot be turned into sections or HTML at all, e.g. nesting so deep that flexmark
 * runs out of stack. Unchecked: callers decide per article whether to skip it. Immutable.
 */
public final class MarkdownException extends RuntimeException {

    public MarkdownException(String message, Throwable cause) {
        super(message, cause);
    }
}
