package docsift.search;

import java.util.List;

/**
 * A whole section as stored in the index, for {@code /api/sections/{id}}. Immutable.
 *
 * @param id        section id ({@code article#anchor})
 * @param article   article id
 * @param title     article title
 * @param heading   heading text
 * @param path      ancestor headings, outermost first
 * @param anchor    anchor on the article page
 * @param url       link to the section on the article page
 * @param level     heading level (0 = lead section)
 * @param topic     top-level topic
 * @param markdown  the section's Markdown source
 * @param startLine first source line
 * @param endLine   last source line
 */
public record SectionView(String id, String article, String title, String heading, List<String> path, String anchor,
                          String url, int level, String topic, String markdown, int startLine, int endLine) {
    public SectionView {
        path = List.copyOf(path);
    }
}
