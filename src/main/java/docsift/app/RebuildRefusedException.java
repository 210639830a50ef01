package docsift.app;

/** A full rebuild cannot be queued now, for a reason the caller cannot fix by retrying at once. */
public final class RebuildRefusedException extends RuntimeException {
    public RebuildRefusedException(String message) {
        super(message);
    }
}
