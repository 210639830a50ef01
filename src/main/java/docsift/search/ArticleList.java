package docsift.search;

import java.util.List;

/**
 * A page of the indexed articles, sorted by id, for {@code /api/articles}. Immutable.
 *
 * @param total    how many articles the index has
 * @param articles the requested page of them
 */
public record ArticleList(int total, List<ArticleSummary> articles) {
    public ArticleList {
        articles = List.copyOf(articles);
    }
}
