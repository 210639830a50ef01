package docsift.search.view;

import org.apache.lucene.index.QueryTimeout;

/**
 * A per-thread search deadline. Searchers are shared between requests, so the timeout object set on them
 * reads the deadline of whichever request is running on the current thread. Thread-safe.
 */
public final class Deadline {
    /** The timeout installed on every searcher. */
    static final QueryTimeout TIMEOUT = () -> {
        long deadline = Deadline.current();
        return deadline != 0 && System.nanoTime() - deadline > 0;
    };

    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[1]);

    private Deadline() {
    }

    /** Starts a deadline {@code millis} from now for the current thread. */
    public static void start(long millis) {
        DEADLINE.get()[0] = System.nanoTime() + millis * 1_000_000L;
    }

    /** True when the current thread's deadline has passed. */
    public static boolean passed() {
        return TIMEOUT.shouldExit();
    }

    public static void clear() {
        DEADLINE.get()[0] = 0;
    }

    private static long current() {
        return DEADLINE.get()[0];
    }
}
