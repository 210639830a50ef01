package docsift.corpus;

import java.time.Duration;

/**
 * Test helper: waits for a state that no event announces (what {@code /health} says), by asking again every
 * few milliseconds until it holds or a generous deadline passes. Use {@link Passes} where a pass announces it.
 */
public final class Await {
    private static final Duration TIMEOUT = Passes.TIMEOUT;

    private Await() {
    }

    public static void until(String what, Passes.Condition condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT + " waiting until " + what);
            }
            Thread.sleep(20); // a poll interval, not a guess at how long something takes
        }
    }
}
