package docsift.app;

import docsift.corpus.ArticleSource;
import docsift.corpus.CorpusFileException;
import docsift.corpus.RenderedArticle;
import java.util.Optional;

/**
 * {@link Articles} over a corpus-side {@link ArticleSource} (the corpus files, or a replica's stored sections):
 * translates its records and its failure into the application's own, so the edge never sees corpus types.
 * Thread-safe when the source is.
 */
public final class RenderedArticles implements Articles {
    private final ArticleSource source;

    public RenderedArticles(ArticleSource source) {
        this.source = source;
    }

    @Override
    public Optional<ArticlePage> page(String id) {
        try {
            return source.render(id).map(RenderedArticles::page);
        } catch (CorpusFileException e) {
            throw new UnreadableArticleException(e.getMessage(), e);
        }
    }

    @Override
    public String sectionHtml(String markdown) {
        return source.renderSection(markdown);
    }

    private static ArticlePage page(RenderedArticle article) {
        return new ArticlePage(article.id(), article.title(), article.html(), article.toc().stream()
                .map(item -> new ArticlePage.Heading(item.level(), item.heading(), item.anchor()))
                .toList());
    }
}
