package docsift.markdown.site;

import java.util.Optional;

/**
 * Where included files come from: the corpus, which decides what may be read (only files inside it, as text).
 * Implementations must be thread-safe when the parser is shared.
 */
@FunctionalInterface
public interface IncludeFiles {
    /**
     * The text of the file with this corpus id (a path relative to the corpus root, forward slashes, normalised),
     * or empty when there is no such file or it may not be read.
     */
    Optional<String> read(String id);
}
