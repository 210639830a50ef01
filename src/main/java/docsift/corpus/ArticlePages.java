package docsift.corpus;

import docsift.markdown.Article;
import docsift.markdown.ArticleRenderer;
import docsift.markdown.MarkdownParser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders corpus articles to HTML pages, from the file as it is now, with the same anchors the index uses.
 * Pages are cached by content hash, so a page is rendered once per version. Thread-safe.
 */
public final class ArticlePages implements ArticleSource {
    private final CorpusReader reader;
    private final MarkdownParser parser;
    private final ArticleRenderer renderer;
    /** Article id to its last rendered version; a stale entry is replaced when the hash differs. */
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String hash, RenderedArticle page) {
    }

    public ArticlePages(CorpusReader reader, MarkdownParser parser, ArticleRenderer renderer) {
        this.reader = reader;
        this.parser = parser;
        this.renderer = renderer;
    }

    /**
     * The rendered article, or empty when no such article exists in the corpus.
     *
     * @throws CorpusFileException when the file exists but cannot be read as an article
     */
    @Override
    public Optional<RenderedArticle> render(String id) {
        CorpusFile file = reader.forId(id);
        if (file == null || !reader.isArticle(file)) {
            return Optional.empty();
        }
        String source = reader.read(file);
        String hash = ContentHash.of(source);
        Cached cached = cache.get(id);
        if (cached == null || !cached.hash().equals(hash)) {
            cached = new Cached(hash, render(id, source));
            cache.put(id, cached);
        }
        return Optional.of(cached.page());
    }

    /** One section's Markdown as HTML, for the section API. */
    @Override
    public String renderSection(String markdown) {
        return renderer.renderSection(markdown);
    }

    private RenderedArticle render(String id, String source) {
        Article article = parser.parse(id, source);
        var toc = article.sections().stream().filter(s -> !s.isLead())
                .map(s -> new RenderedArticle.TocItem(s.level(), s.heading(), s.anchor())).toList();
        return new RenderedArticle(id, article.title(), renderer.renderArticle(source), toc);
    }
}
