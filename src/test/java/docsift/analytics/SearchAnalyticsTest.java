package docsift.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.analytics.AnalyticsReport.PositionCount;
import docsift.analytics.AnalyticsReport.QueryCount;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder and its H2 store on a hand-set clock: reports, persistence, retention, a full queue. */
class SearchAnalyticsTest {
    @TempDir
    Path folder;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private SearchAnalytics open(int queue) throws Exception {
        return SearchAnalytics.open(new SearchAnalytics.Settings(folder, Duration.ofDays(30), queue, clock,
                Duration.ofSeconds(3)));
    }

    private void later(Duration duration) {
        now.set(now.get().plus(duration));
    }

    @Test
    void reportsTopQueriesNoResultsNoClicksAndPositions() throws Exception {
        try (SearchAnalytics analytics = open(100)) {
            analytics.searched("  Django   Signals ", 4);
            later(Duration.ofMinutes(1));
            analytics.searched("django signals", 4);
            later(Duration.ofMinutes(1));
            analytics.searched("kubernetes", 0);
            later(Duration.ofMinutes(1));
            analytics.searched("celery", 2);
            analytics.opened("Django signals", 1, "advanced-topics.md#django-signals");
            analytics.opened("django signals", 3, "advanced-topics.md#signals-and-transactions");
            AnalyticsReport report = analytics.report(Duration.ofDays(7), 10);
            assertEquals(4, report.searches());
            assertEquals(2, report.clicks());
            assertEquals(List.of(new QueryCount("django signals", 2, 4), new QueryCount("celery", 1, 2),
                    new QueryCount("kubernetes", 1, 0)), report.topQueries());
            assertEquals(List.of(new QueryCount("kubernetes", 1, 0)), report.noResults());
            assertEquals(List.of(new QueryCount("celery", 1, 2)), report.noClicks());
            assertEquals(List.of(new PositionCount(1, 1), new PositionCount(3, 1)), report.clickPositions());
            assertEquals(6, analytics.recorded());
        }
    }

    @Test
    void keepsWhatItRecordedAcrossRestartsAndForgetsWhatIsOlderThanTheRetention() throws Exception {
        try (SearchAnalytics analytics = open(100)) {
            analytics.searched("flask", 1);
            analytics.report(Duration.ofDays(1), 10);
        }
        later(Duration.ofDays(20));
        try (SearchAnalytics analytics = open(100)) {
            analytics.searched("fastapi", 1);
            assertEquals(2, analytics.report(Duration.ofDays(30), 10).searches(), "both, after a restart");
            assertEquals(1, analytics.report(Duration.ofDays(7), 10).searches(), "the period counts");
        }
        later(Duration.ofDays(15));
        try (SearchAnalytics analytics = open(100)) {
            // Opening purges what is older than 30 days: flask (35 days ago) goes, fastapi (15) stays.
            assertEquals(List.of(new QueryCount("fastapi", 1, 1)), analytics.report(Duration.ofDays(3650), 10).topQueries());
        }
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        try (SearchAnalytics analytics = open(1)) {
            for (int i = 0; i < 2000; i++) {
                analytics.searched(i + " walrus", 1);
            }
            AnalyticsReport report = analytics.report(Duration.ofDays(1), 10);
            assertTrue(analytics.dropped() > 0, "a one-event queue cannot take 2000 at once");
            assertEquals(2000, report.searches() + analytics.dropped());
        }
    }

    @Test
    void rejectsMalformedClicks() throws Exception {
        try (SearchAnalytics analytics = open(10)) {
            assertThrows(IllegalArgumentException.class, () -> analytics.opened("", 1, "a.md"));
            assertThrows(IllegalArgumentException.class, () -> analytics.opened("q", 0, "a.md"));
            assertThrows(IllegalArgumentException.class, () -> analytics.opened("q", 1001, "a.md"));
            assertThrows(IllegalArgumentException.class, () -> analytics.opened("q", 1, " "));
            assertThrows(IllegalArgumentException.class, () -> analytics.opened("q", 1, "x".repeat(301)));
        }
    }
}
