package docsift.corpus;

import java.util.Optional;

/**
 * Where article pages come from: the corpus files on the server that indexes them ({@link ArticlePages}), the
 * index's stored sections on a read replica, which has no corpus. Implementations are thread-safe.
 */
public interface ArticleSource {
    /**
     * The rendered article, or empty when there is no such article.
     *
     * @throws CorpusFileException when the article exists but cannot be read
     */
    Optional<RenderedArticle> render(String id);

    /** One section's Markdown as HTML, for the section API. */
    String renderSection(String markdown);
}
