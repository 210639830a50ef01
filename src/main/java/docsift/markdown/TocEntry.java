package docsift.markdown;

import java.util.Objects;

/**
 * One line of an article page's table of contents. Immutable.
 *
 * @param level   heading level 1-6
 * @param heading heading text without markup
 * @param anchor  the heading's id on the rendered page
 */
public record TocEntry(int level, String heading, String anchor) {
    public TocEntry {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(anchor, "anchor");
    }
}
