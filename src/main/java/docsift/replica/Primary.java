package docsift.replica;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.replicator.nrt.CopyState;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary side of replication: publishes a point of the index after each commit and serves its files to
 * replicas. Each published point is held (its files protected from the writer's deletions) while replicas may
 * still be copying it: the last {@link #KEPT_POINTS} points, and any younger than {@link #KEEP_MS}. While the
 * index store has no writer (a folder that refuses writes) nothing new is published. Thread-safe.
 */
public final class Primary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Primary.class);
    /** Points kept for replicas that are still copying one; an older point's files may be deleted. */
    static final int KEPT_POINTS = 3;
    /** A point younger than this is kept whatever the count: a replica copying a large point needs time. */
    static final long KEEP_MS = 120_000;

    private record Held(CopyState state, WirePoint wire) {
    }

    private final Supplier<IndexWriter> writers;
    private final SearcherFactory factory;
    private final Deque<Held> held = new ArrayDeque<>();
    /** Over the store's current writer; null while the store has none. */
    private PrimaryIndexNode node;
    private long lastGen;

    /**
     * Starts publishing the index the writer of {@code writers} holds; {@code writers} is asked again at each
     * publication, because a rollback replaces the writer.
     */
    public Primary(Supplier<IndexWriter> writers, SearcherFactory factory) {
        this.writers = writers;
        this.factory = factory;
        publish();
    }

    /**
     * A new node over {@code writer}. Its generation is the start time, larger than any earlier one even
     * across restarts, which Lucene requires of a new primary.
     */
    private PrimaryIndexNode newNode(IndexWriter writer, long forceVersion) throws IOException {
        lastGen = Math.max(System.currentTimeMillis(), lastGen + 1);
        return new PrimaryIndexNode(writer, lastGen, forceVersion, factory);
    }

    /**
     * Publishes the index as it is now; called right after each commit, on the thread that commits. Never
     * throws: a point that cannot be published leaves replicas on the previous one (logged), and must not fail
     * the indexing pass whose commit already succeeded.
     */
    public synchronized void publish() {
        try {
            IndexWriter writer = writers.get();
            if (writer == null) {
                return;
            }
            if (node == null || writer != node.writer()) {
                replaceNode(writer);
                hold();
            } else if (node.flushAndRefresh()) {
                hold();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Replication: cannot publish the new version of the index; replicas keep the previous one: {}",
                    e.toString());
        }
    }

    /**
     * A node over a new writer (at start, or after the store rolled back or reopened its writer), with
     * versions that stay ahead of every point replicas may already have.
     */
    private void replaceNode(IndexWriter writer) throws IOException {
        long after = held.isEmpty() ? -1 : held.getLast().wire().version() + 1;
        if (node != null) {
            release(true);
            node.closeSearchers();
            LOG.info("Replication: the index writer was reopened; publishing as a new primary generation");
        }
        node = newNode(writer, after);
    }

    private void hold() throws IOException {
        CopyState state = node.getCopyState();
        if (!held.isEmpty() && held.getLast().wire().version() == state.version()) {
            node.releaseCopyState(state);
            return;
        }
        held.addLast(new Held(state, WirePoint.of(state, System.currentTimeMillis())));
        release(false);
    }

    /** Releases points beyond those kept (or all of them); the writer may then delete their files. */
    private void release(boolean all) throws IOException {
        long now = System.currentTimeMillis();
        while (!held.isEmpty() && (all || held.size() > KEPT_POINTS && now - held.getFirst().wire().publishedAtMs() > KEEP_MS)) {
            Held old = held.removeFirst();
            try {
                node.releaseCopyState(old.state());
            } catch (RuntimeException e) {
                // A writer closed by a rollback has nothing left to release.
                LOG.debug("Releasing point {}: {}", old.wire().version(), e.toString());
            }
        }
    }

    /** The latest published point, in brief; empty before the first (the store never had a writer). */
    public synchronized Optional<PointVersion> version() {
        return latest().map(p -> new PointVersion(p.primaryGen(), p.version(), p.publishedAtMs()));
    }

    /** The latest published point, with its files; empty before the first. */
    public synchronized Optional<WirePoint> latest() {
        return held.isEmpty() ? Optional.empty() : Optional.of(held.getLast().wire());
    }

    /**
     * The content of one file of a held point from byte {@code from} on, to be read and closed by the caller;
     * empty when no held point of that version has that file (the point is gone: the replica asks for the
     * latest again).
     */
    public synchronized Optional<InputStream> open(long version, String file, long from) throws IOException {
        for (Held point : held) {
            if (point.wire().version() == version && point.wire().files().containsKey(file) && node != null) {
                IndexInput input = node.getDirectory().openInput(file, IOContext.DEFAULT);
                input.seek(Math.min(Math.max(0, from), input.length()));
                return Optional.of(new IndexInputStream(input));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void close() throws IOException {
        if (node != null) {
            release(true);
            node.closeSearchers();
        }
    }
}
