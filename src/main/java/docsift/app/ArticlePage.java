package docsift.app;

import java.util.List;

/**
 * An article as its page shows it, the shape the edge receives so that it never handles the corpus's types.
 * Immutable.
 *
 * @param id    article id
 * @param title article title (plain text)
 * @param html  the article body as HTML: raw HTML of the source escaped, every heading with its anchor id
 * @param toc   the headings, in order, for a table of contents
 */
public record ArticlePage(String id, String title, String html, List<Heading> toc) {
    public ArticlePage {
        toc = List.copyOf(toc);
    }

    /**
     * One table-of-contents entry.
     *
     * @param level   heading level 1-6
     * @param heading heading text (plain)
     * @param anchor  the heading's id on the page
     */
    public record Heading(int level, String heading, String anchor) {
    }
}
