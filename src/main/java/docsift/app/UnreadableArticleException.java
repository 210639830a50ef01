package docsift.app;

/** An article that exists but cannot be read as one (an I/O error, invalid text): the edge answers 422. */
public final class UnreadableArticleException extends RuntimeException {
    public UnreadableArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
