package docsift.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A full rebuild asked for while serving, queued on the indexing thread: its id, its state and, once it ran,
 * its report or why it failed. Its state changes only on the indexing thread; {@link #snapshot()} may be read
 * from any thread. Thread-safe.
 */
public final class RebuildJob {
    /** Where a job is in its life. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * One consistent view of a job. Immutable.
     *
     * @param report what the rebuild did, once {@code DONE}
     * @param error  why it failed, once {@code FAILED}
     */
    public record Snapshot(String id, State state, Instant requestedAt, Instant startedAt, Instant finishedAt,
                           SyncReport report, String error) {
        public Snapshot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }
    }

    private final String id;
    private final Instant requestedAt = Instant.now();
    private final CompletableFuture<Snapshot> finished = new CompletableFuture<>();
    private volatile Snapshot snapshot;

    RebuildJob(String id) {
        this.id = id;
        this.snapshot = new Snapshot(id, State.QUEUED, requestedAt, null, null, null, null);
    }

    /** The job's id, unique within one server run. */
    public String id() {
        return id;
    }

    /** Its state now. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** Its state once it finished, or now if it has not finished within {@code wait}. */
    public Snapshot awaitFinished(Duration wait) throws InterruptedException {
        try {
            return finished.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return snapshot;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // never completed exceptionally
        }
    }

    void started() {
        snapshot = new Snapshot(id, State.RUNNING, requestedAt, Instant.now(), null, null, null);
    }

    void done(SyncReport report) {
        finish(new Snapshot(id, State.DONE, requestedAt, snapshot.startedAt(), Instant.now(), report, null));
    }

    void failed(String error) {
        finish(new Snapshot(id, State.FAILED, requestedAt, snapshot.startedAt(), Instant.now(), null, error));
    }

    private void finish(Snapshot last) {
        snapshot = last;
        finished.complete(last);
    }
}
