package docsift.app;

import java.util.Optional;

/**
 * What readers may ask for besides search results: an article's page and a section's Markdown as HTML, from
 * the corpus files on the server that indexes them, or from the index's stored sections on a read replica.
 * The edge depends on this instead of on the corpus. Implementations are thread-safe.
 */
public interface Articles {
    /**
     * The article's page, or empty when there is no such article.
     *
     * @throws UnreadableArticleException when the article exists but cannot be read
     */
    Optional<ArticlePage> page(String id);

    /** One section's Markdown as HTML, for the section API. */
    String sectionHtml(String markdown);
}
