package docsift.corpus;

import java.util.List;

/**
 * An article rendered for its page. Immutable.
 *
 * @param id    article id
 * @param title article title (plain text)
 * @param html  the article body as HTML: raw HTML of the source escaped, every heading with its anchor id
 * @param toc   the headings, in order, for a table of contents
 */
public record RenderedArticle(String id, String title, String html, List<TocItem> toc) {
    public RenderedArticle {
        toc = List.copyOf(toc);
    }

    /**
     * One table-of-contents entry.
     *
     * @param level   heading level 1-6
     * @param heading heading text (plain)
     * @param anchor  the heading's id on the page
     */
    public record TocItem(int level, String heading, String anchor) {
    }
}
