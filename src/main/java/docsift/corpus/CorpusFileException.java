package docsift.corpus;

/** A corpus file that cannot be read as an article: unreadable, too large, binary or not UTF-8. */
public final class CorpusFileException extends RuntimeException {
    private final String articleId;

    public CorpusFileException(String articleId, String message) {
        super(articleId + ": " + message);
        this.articleId = articleId;
    }

    public CorpusFileException(String articleId, String message, Throwable cause) {
        super(articleId + ": " + message, cause);
        this.articleId = articleId;
    }

    /** Id of the article the problem is about. */
    public String articleId() {
        return articleId;
    }
}
