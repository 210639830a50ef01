package docsift.markdown;

import java.util.List;
import java.util.Objects;

/**
 * One parsed Markdown article: its id (path relative to the corpus, with forward slashes), display title,
 * a hash of its whole source, and its sections in document order. Immutable and thread-safe.
 *
 * @param id          path of the file relative to the corpus root, e.g. {@code advanced-topics.md}
 * @param title       the H1 text, else the front matter {@code title}, else the file name without extension
 * @param contentHash hex SHA-256 of the raw file bytes; equal hashes mean nothing to re-index
 * @param sections    the lead section (text before the first heading, if any) followed by one per heading
 * @param route       the front matter's permalink and slug, for links to the live site
 */
public record Article(String id, String title, String contentHash, List<Section> sections, PageRoute route) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHash, "contentHash");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        sections = List.copyOf(sections);
        route = route == null ? PageRoute.NONE : route;
    }

    /** An article whose front matter names no permalink or slug. */
    public Article(String id, String title, String contentHash, List<Section> sections) {
        this(id, title, contentHash, sections, PageRoute.NONE);
    }
}
