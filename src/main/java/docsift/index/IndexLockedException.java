package docsift.index;

import java.nio.file.Path;

/** Another process (usually a running {@code docsift serve}) holds the index's write lock. */
public final class IndexLockedException extends RuntimeException {
    public IndexLockedException(Path path) {
        super("the index at " + path + " is in use by another process (is `docsift serve` running?); "
                + "stop it or use POST /api/reindex on the server");
    }
}
