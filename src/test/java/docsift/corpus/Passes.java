package docsift.corpus;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Test helper: records the watcher's passes and awaits a condition by re-checking it after each pass, up to
 * a deadline. Nothing sleeps: a pass ends after the commit and the searcher refresh, so a condition on
 * search results can only turn true at the end of a pass. Thread-safe.
 */
public final class Passes implements Consumer<SyncReport> {
    /** Generous: a pass takes well under a second, but a loaded 2-core CI machine can stretch that tenfold. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A condition that may call the server. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private final BlockingQueue<SyncReport> reports = new LinkedBlockingQueue<>();

    @Override
    public void accept(SyncReport report) {
        reports.add(report);
    }

    /** Forgets passes seen so far, so {@link #next()} waits for one that starts later. */
    public void clear() {
        reports.clear();
    }

    /** The next pass's report. */
    public SyncReport next() throws InterruptedException {
        SyncReport report = reports.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (report == null) {
            throw new AssertionError("no watcher pass within " + TIMEOUT);
        }
        return report;
    }

    /** Returns once the condition holds, checking now and after every pass; fails after the timeout. */
    public void awaitUntil(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.holds()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out after " + TIMEOUT + " waiting until " + what);
            }
            reports.poll(left, TimeUnit.NANOSECONDS);
        }
    }
}
