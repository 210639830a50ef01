package docsift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The debounce timing on a hand-driven clock: no waiting, exact expectations. */
class DebouncerTest {
    private static final long MS = 1_000_000;
    private long now = 1_000 * MS;
    private final Debouncer debouncer = new Debouncer(Duration.ofMillis(25), Duration.ofMillis(100), () -> now);

    @Test
    void nothingPendingWaitsForever() {
        assertEquals(Long.MAX_VALUE, debouncer.nanosUntilDue());
        assertTrue(debouncer.takeIfDue().isEmpty());
    }

    @Test
    void burstOfOneSaveBecomesOneBatchAfterTheQuietPeriod() {
        debouncer.add(Path.of("a.md"));
        now += 5 * MS;
        debouncer.add(Path.of("a.md"));
        debouncer.add(Path.of("b.md"));
        assertEquals(25 * MS, debouncer.nanosUntilDue());
        now += 24 * MS;
        assertTrue(debouncer.takeIfDue().isEmpty());
        now += MS;
        Debouncer.Batch batch = debouncer.takeIfDue().orElseThrow();
        assertEquals(Set.of(Path.of("a.md"), Path.of("b.md")), batch.paths());
        assertFalse(batch.overflow());
        assertEquals(Long.MAX_VALUE, debouncer.nanosUntilDue(), "the next burst starts a new batch");
    }

    @Test
    void fileRewrittenWithoutPauseIsHandedOverAfterTheMaximumDelay() {
        for (int i = 0; i < 10; i++) {
            debouncer.add(Path.of("a.md"));
            now += 10 * MS;
        }
        assertEquals(0, debouncer.nanosUntilDue());
        assertEquals(Set.of(Path.of("a.md")), debouncer.takeIfDue().orElseThrow().paths());
    }

    @Test
    void overflowMakesTheBatchACatchUp() {
        debouncer.add(Path.of("a.md"));
        debouncer.overflow();
        now += 25 * MS;
        assertTrue(debouncer.takeIfDue().orElseThrow().overflow());
        debouncer.add(Path.of("b.md"));
        now += 25 * MS;
        assertFalse(debouncer.takeIfDue().orElseThrow().overflow(), "overflow is reset with its batch");
    }
}
