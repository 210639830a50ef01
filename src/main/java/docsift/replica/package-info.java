/**
 * Read replicas that follow one indexer, on Lucene's near-real-time segment replication
 * ({@code org.apache.lucene.replicator.nrt}): Lucene decides which files make up a point in time and which of
 * them a replica lacks; this package carries them over HTTP.
 *
 * <p>The server that watches the corpus is the primary: {@link docsift.replica.Primary} wraps the one
 * {@code IndexWriter} in a {@code PrimaryNode} and publishes a point right after each commit, so a replica
 * serves exactly what the primary's searchers see. A replica ({@code serve --replicate-from URL}) is
 * {@link docsift.replica.Replica}: a {@code ReplicaNode} over its own folder that polls the primary's
 * version, copies the new files of a newer point, then switches its searchers to it atomically and commits
 * it locally, so a restart resumes from there. It never reads a corpus or opens an {@code IndexWriter}.
 *
 * <p>May use: {@code index} (field names), {@code search} (the searchers and their factory), {@code corpus}
 * and {@code markdown} (an article page rendered from stored sections). Lucene and the JDK's HTTP client stay
 * in here; the HTTP side of the primary is served by {@code http} through {@link docsift.replica.Primary}.
 */
package docsift.replica;
