package docsift.index;

import java.io.IOException;

/**
 * The index cannot be written now: a full disk, a folder that refuses writes, or a writer Lucene closed after a
 * failure. The last commit stays searchable; the store opens a new writer when it can.
 */
public final class IndexWriteException extends IOException {
    public IndexWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
