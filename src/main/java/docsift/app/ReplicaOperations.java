package docsift.app;

import docsift.replica.Replica;
import docsift.replica.ReplicaStatus;
import docsift.search.Catalog;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link Operations} of a read replica: its health is the replication's (the version served, the primary's
 * latest, the lag) and what it serves; rebuilds are refused, since a replica has no corpus and writes no
 * index of its own. Thread-safe.
 */
public final class ReplicaOperations implements Operations {
    private static final IndexingCounters NONE = new IndexingCounters(0, 0, 0, 0, 0, 0);

    private final Replica replica;
    private final Catalog catalog;

    public ReplicaOperations(Replica replica, Catalog catalog) {
        this.replica = replica;
        this.catalog = catalog;
    }

    /** A replica writes no index of its own: copying a primary's files is cheap next to searching. */
    @Override
    public boolean passRunning() {
        return false;
    }

    @Override
    public Health health() throws IOException {
        ReplicaStatus replication = replica.status();
        Health.Condition index = replication(replication);
        List<String> reasons = index.reason() == null ? List.of() : List.of(index.reason());
        String copied = replication.lastCopy() == null ? null : replication.lastCopy().at();
        return new Health(reasons.isEmpty() ? "ok" : "degraded", reasons, catalog.documentCount(),
                catalog.articles(0, 1).total(), copied, replication.lastError(), List.of(), List.of(), 0, index,
                Health.Condition.good("off"), Health.Condition.good("off"), replication);
    }

    /**
     * The index's condition on a replica: "replica", degraded while the primary cannot be reached or cannot be
     * followed (catching up with a newer version is the normal course of replication; its lag is in the
     * replication part).
     */
    private static Health.Condition replication(ReplicaStatus status) {
        if (status.status().equals("diverged")) {
            return new Health.Condition("replica", "the primary's index (version " + status.primaryVersion()
                    + ") is older than this replica's copy (version " + status.servingVersion() + "): it was rebuilt "
                    + "from an empty folder; restart this replica on an empty folder to follow it", status.lastContact());
        }
        if (status.primaryReachable()) {
            return Health.Condition.good("replica");
        }
        return new Health.Condition("replica", "the primary " + status.primary() + " cannot be reached ("
                + status.lastError() + "): serving version " + status.servingVersion() + ", its last complete copy",
                status.lastContact());
    }

    @Override
    public RebuildStatus requestRebuild() {
        throw new RebuildRefusedException("this server is a read replica of " + replica.status().primary()
                + ": it has no corpus; rebuild the index on the primary");
    }

    @Override
    public Optional<RebuildStatus> rebuild(String id, Duration wait) {
        return Optional.empty();
    }

    @Override
    public IndexingCounters counters() {
        return NONE;
    }
}
