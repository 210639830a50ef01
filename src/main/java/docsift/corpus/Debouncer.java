package docsift.corpus;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Coalesces file events into batches: a batch is due once no event arrived for the quiet period, or once
 * its first event is older than the maximum delay, whichever comes first. A pure state machine over an
 * injectable clock, so its timing is tested without waiting. Not thread-safe: owned by the watch thread.
 */
final class Debouncer {
    /**
     * Paths that changed, and whether events were lost so that only a catch-up of the whole corpus is safe.
     */
    record Batch(Set<Path> paths, boolean overflow) {
        Batch {
            paths = Set.copyOf(paths);
        }
    }

    private final long quietNanos;
    private final long maxDelayNanos;
    private final LongSupplier clock;
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean overflow;
    private long firstEvent;
    private long lastEvent;

    Debouncer(java.time.Duration quietPeriod, java.time.Duration maxDelay, LongSupplier nanoClock) {
        this.quietNanos = quietPeriod.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.clock = nanoClock;
    }

    /** A path changed (created, modified or deleted). */
    void add(Path path) {
        touch();
        pending.add(path);
    }

    /** Events were lost, or could not be interpreted: the batch becomes a catch-up. */
    void overflow() {
        touch();
        overflow = true;
    }

    /** Nanoseconds until the pending batch is due: 0 when it is, {@link Long#MAX_VALUE} when none is pending. */
    long nanosUntilDue() {
        if (isEmpty()) {
            return Long.MAX_VALUE;
        }
        long dueAt = Math.min(lastEvent + quietNanos, firstEvent + maxDelayNanos);
        return Math.max(0, dueAt - clock.getAsLong());
    }

    /** The pending batch if it is due, which also starts a new one; empty otherwise. */
    Optional<Batch> takeIfDue() {
        if (isEmpty() || nanosUntilDue() > 0) {
            return Optional.empty();
        }
        Batch batch = new Batch(pending, overflow);
        pending.clear();
        overflow = false;
        return Optional.of(batch);
    }

    private boolean isEmpty() {
        return pending.isEmpty() && !overflow;
    }

    private void touch() {
        long now = clock.getAsLong();
        if (isEmpty()) {
            firstEvent = now;
        }
        lastEvent = now;
    }
}
