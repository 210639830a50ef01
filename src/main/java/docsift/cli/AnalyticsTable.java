package docsift.cli;

import docsift.analytics.AnalyticsReport;
import docsift.analytics.AnalyticsReport.PositionCount;
import docsift.analytics.AnalyticsReport.QueryCount;
import java.util.List;

/** An analytics report as text for a terminal. Stateless. */
final class AnalyticsTable {
    private AnalyticsTable() {
    }

    static String text(AnalyticsReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Search analytics from %s to %s: %d searches, %d hits opened%n", report.since(),
                report.until(), report.searches(), report.clicks()));
        queries(out, "Top queries", report.topQueries());
        queries(out, "Queries with no results", report.noResults());
        queries(out, "Queries with results but no hit opened", report.noClicks());
        out.append(String.format("%nPosition of the hit opened%n"));
        if (report.clickPositions().isEmpty()) {
            out.append("  (none)\n");
        }
        long clicks = Math.max(1, report.clicks());
        for (PositionCount position : report.clickPositions()) {
            out.append(String.format("  %4d  %8d  %5.1f%%%n", position.position(), position.clicks(),
                    100.0 * position.clicks() / clicks));
        }
        return out.toString();
    }

    private static void queries(StringBuilder out, String title, List<QueryCount> queries) {
        out.append(String.format("%n%-50s %8s %6s%n", title, "searches", "hits"));
        if (queries.isEmpty()) {
            out.append("  (none)\n");
        }
        for (QueryCount query : queries) {
            out.append(String.format("  %-48s %8d %6d%n", query.query(), query.searches(), query.hits()));
        }
    }
}
