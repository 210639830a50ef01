package docsift.search;

/**
 * An indexed article, for {@code /api/articles}. Immutable.
 *
 * @param id       article id (path in the corpus)
 * @param title    article title
 * @param sections number of sections
 * @param url      the article page
 */
public record ArticleSummary(String id, String title, int sections, String url) {
}
