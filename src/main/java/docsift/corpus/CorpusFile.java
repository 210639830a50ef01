package docsift.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Markdown file of the corpus. Immutable.
 *
 * @param id   path relative to the corpus root with '/' separators: the article id
 * @param path absolute, normalised path of the file
 */
public record CorpusFile(String id, Path path) {
    public CorpusFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
    }
}
