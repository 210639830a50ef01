package docsift.markdown.site;

import java.util.Set;
import java.util.TreeSet;

/**
 * A page with its includes expanded, and every corpus file it depends on: the files it included and the places
 * where an include was looked for but not (yet) found, so that creating, saving or deleting any of them
 * changes the page. Immutable.
 *
 * @param text     the page as its site builds it, before Markdown
 * @param includes corpus ids of the files looked up, sorted
 */
public record Expanded(String text, Set<String> includes) {
    public Expanded {
        includes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(includes));
    }

    /** A page without includes. */
    public static Expanded plain(String text) {
        return new Expanded(text, Set.of());
    }
}
