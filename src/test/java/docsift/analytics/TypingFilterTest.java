package docsift.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search-as-you-type prefixes fold into the query typed last; anything else is kept. */
class TypingFilterTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static SearchEvent at(int seconds, String query) {
        return new SearchEvent(T0.plusSeconds(seconds), query, 3);
    }

    @Test
    void prefixesTypedWithinTheWindowFoldIntoTheLastQuery() {
        TypingFilter filter = new TypingFilter(Duration.ofSeconds(3));
        assertEquals(List.of(), filter.add(at(0, "dja")));
        assertEquals(List.of(), filter.add(at(1, "djang")));
        assertEquals(List.of(), filter.add(at(2, "django signals")));
        assertEquals(List.of(), filter.release(T0.plusSeconds(4)), "still within the window of the last one");
        assertEquals(List.of(at(2, "django signals")), filter.release(T0.plusSeconds(5)));
    }

    @Test
    void unrelatedOrLateQueriesAreKept() {
        TypingFilter filter = new TypingFilter(Duration.ofSeconds(3));
        filter.add(at(0, "celery"));
        filter.add(at(1, "redis"));
        assertEquals(List.of(at(0, "celery"), at(1, "redis")), filter.add(at(10, "celery beat")),
                "both windows had passed: kept as they were, not replaced by the longer query");
        assertEquals(List.of(at(10, "celery beat")), filter.releaseAll());
        filter.add(at(20, "redis"));
        filter.add(at(21, "redis"));
        assertEquals(List.of(at(20, "redis"), at(21, "redis")), filter.releaseAll(), "the same query twice is two searches");
    }
}
