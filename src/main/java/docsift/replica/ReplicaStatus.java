package docsift.replica;

/**
 * What a replica tells {@code /health}: the version it serves, the primary's latest, the lag, whether it can
 * reach the primary, and its last copy. Immutable.
 *
 * @param status          "ok" (serving the primary's latest), "catching-up" (a newer point exists) or
 *                        "primary-unreachable" (serving its last complete version; it catches up when the
 *                        primary answers again) or "diverged" (the primary's latest version is older than the
 *                        one served: its index was rebuilt from an empty folder, and Lucene's replication
 *                        never goes back a version; restart the replica on an empty folder)
 * @param primary         the primary's URL
 * @param servingVersion  the version searches are answered from
 * @param primaryVersion  the primary's latest version as last seen, or -1 before the first contact
 * @param lagMs           0 when serving the latest seen; else how long ago the primary published it (clocks of
 *                        the two machines assumed in step)
 * @param primaryReachable whether the last poll reached the primary
 * @param lastContact     time of the last successful poll (ISO-8601), or null
 * @param lastError       why the last poll or copy failed, or null
 * @param lastCopy        the last completed copy, or null
 */
public record ReplicaStatus(String status, String primary, long servingVersion, long primaryVersion, long lagMs,
                            boolean primaryReachable, String lastContact, String lastError, Copy lastCopy) {

    /**
     * One completed copy.
     *
     * @param version the version it made searchable
     * @param files   files copied
     * @param bytes   bytes copied
     * @param ms      from the start of the copy to the new searchers
     * @param at      when it completed (ISO-8601)
     */
    public record Copy(long version, int files, long bytes, long ms, String at) {
    }
}
