package docsift.analytics;

import docsift.analytics.AnalyticsReport.PositionCount;
import docsift.analytics.AnalyticsReport.QueryCount;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytics tables in an embedded H2 database file ({@code analytics.mv.db} in its folder): searches and
 * opened hits, each with its time in epoch milliseconds, and the queries that summarise them. H2 is pure Java,
 * so the jar runs anywhere without native code, and GROUP BY answers every report. One connection; every
 * method is synchronized, so it may be shared by the writer thread and report requests.
 */
final class AnalyticsStore implements AutoCloseable {
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS searches (at BIGINT NOT NULL, query VARCHAR(" + Queries.MAX_LENGTH
                + ") NOT NULL, hits BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS searches_at ON searches(at)",
        "CREATE TABLE IF NOT EXISTS clicks (at BIGINT NOT NULL, query VARCHAR(" + Queries.MAX_LENGTH
                + ") NOT NULL, position INT NOT NULL, hit VARCHAR(" + ClickEvent.MAX_HIT_LENGTH + ") NOT NULL)",
        "CREATE INDEX IF NOT EXISTS clicks_at ON clicks(at)",
    };

    private final Connection connection;

    private AnalyticsStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database in {@code folder}.
     *
     * @throws AnalyticsUnavailableException when another process holds it, or it cannot be opened
     */
    static AnalyticsStore open(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("analytics")
                // Closed by us, not by a JVM shutdown hook of H2's racing ours; no H2 TCP server is ever started.
                + ";DB_CLOSE_ON_EXIT=FALSE";
        try {
            Connection connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                for (String sql : SCHEMA) {
                    statement.execute(sql);
                }
            }
            return new AnalyticsStore(connection);
        } catch (SQLException e) {
            throw new AnalyticsUnavailableException(folder, e);
        }
    }

    /** Writes the events in one transaction. */
    synchronized void write(List<SearchEvent> searches, List<ClickEvent> clicks) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement search = connection.prepareStatement("INSERT INTO searches VALUES (?, ?, ?)");
             PreparedStatement click = connection.prepareStatement("INSERT INTO clicks VALUES (?, ?, ?, ?)")) {
            for (SearchEvent event : searches) {
                search.setLong(1, event.at().toEpochMilli());
                search.setString(2, event.query());
                search.setLong(3, event.hits());
                search.addBatch();
            }
            for (ClickEvent event : clicks) {
                click.setLong(1, event.at().toEpochMilli());
                click.setString(2, event.query());
                click.setInt(3, event.position());
                click.setString(4, event.hit());
                click.addBatch();
            }
            search.executeBatch();
            click.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Deletes everything recorded before {@code cutoff}; returns how many rows went. */
    synchronized int deleteBefore(Instant cutoff) throws SQLException {
        int deleted = 0;
        for (String table : List.of("searches", "clicks")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE at < ?")) {
                delete.setLong(1, cutoff.toEpochMilli());
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    /** The report of {@code [since, until)}, with at most {@code limit} queries per list. */
    synchronized AnalyticsReport report(Instant since, Instant until, int limit) throws SQLException {
        long from = since.toEpochMilli();
        long to = until.toEpochMilli();
        return new AnalyticsReport(since.toString(), until.toString(),
                count("SELECT COUNT(*) FROM searches WHERE at >= ? AND at < ?", from, to),
                count("SELECT COUNT(*) FROM clicks WHERE at >= ? AND at < ?", from, to),
                queries("", from, to, limit),
                queries("AND hits = 0", from, to, limit),
                queries("AND hits > 0 AND NOT EXISTS (SELECT 1 FROM clicks c WHERE c.query = s.query AND c.at >= ? AND c.at < ?)",
                        from, to, limit),
                positions(from, to));
    }

    private long count(String sql, long from, long to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, from);
            query.setLong(2, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Queries of the period matching {@code condition}, most searched first; hits from the latest search. */
    private List<QueryCount> queries(String condition, long from, long to, int limit) throws SQLException {
        String sql = "SELECT s.query, COUNT(*) AS n, (SELECT l.hits FROM searches l WHERE l.query = s.query "
                + "ORDER BY l.at DESC LIMIT 1) FROM searches s WHERE s.at >= ? AND s.at < ? " + condition
                + " GROUP BY s.query ORDER BY n DESC, s.query LIMIT ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int parameter = 1;
            query.setLong(parameter++, from);
            query.setLong(parameter++, to);
            if (condition.contains("?")) {
                query.setLong(parameter++, from);
                query.setLong(parameter++, to);
            }
            query.setInt(parameter, limit);
            List<QueryCount> counts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(new QueryCount(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
            return counts;
        }
    }

    private List<PositionCount> positions(long from, long to) throws SQLException {
        String sql = "SELECT position, COUNT(*) FROM clicks WHERE at >= ? AND at < ? GROUP BY position ORDER BY position";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, from);
            query.setLong(2, to);
            List<PositionCount> counts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(new PositionCount(rows.getInt(1), rows.getLong(2)));
                }
            }
            return counts;
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
