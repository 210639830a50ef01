package docsift.replica;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.replicator.nrt.CopyJob;
import org.apache.lucene.replicator.nrt.FileMetaData;
import org.apache.lucene.replicator.nrt.NodeCommunicationException;
import org.apache.lucene.replicator.nrt.ReplicaNode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene's {@link ReplicaNode} over the replica's own folder, copying from the primary over HTTP on one
 * copy thread. After each complete copy it commits locally, so that a restart opens the last copied point.
 * Thread-safe as {@link ReplicaNode} is.
 */
final class ReplicaIndexNode extends ReplicaNode {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaIndexNode.class);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** Told about each point that became searchable. */
    interface Listener {
        void copied(long version, long bytes, int files, long nanos);
    }

    private final PrimaryClient client;
    private final Listener listener;
    private final ExecutorService copier = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("docsift-replica-copy").daemon().factory());
    /** The point the poller just fetched: the next copy job copies it without asking again. */
    private volatile WirePoint offered;

    /**
     * Opens the folder's last local commit, or first copies the primary's latest point when the local one
     * came from an earlier primary generation than {@code primaryGen} (Lucene's rule: files may differ).
     */
    ReplicaIndexNode(Directory directory, SearcherFactory factory, PrimaryClient client, long primaryGen,
                     Listener listener) throws IOException {
        super(1, directory, factory, QUIET);
        this.client = client;
        this.listener = listener;
        start(primaryGen);
    }

    /** Starts copying this point, unless it is not newer than what is served or a copy is running. */
    synchronized void copy(WirePoint point) throws IOException {
        if (isCopying()) {
            return;
        }
        offered = point;
        newNRTPoint(point.primaryGen(), point.version());
    }

    long primaryGen() {
        return lastPrimaryGen;
    }

    @Override
    protected CopyJob newCopyJob(String reason, Map<String, FileMetaData> files, Map<String, FileMetaData> previous,
                                 boolean highPriority, CopyJob.OnceDone onceDone) throws IOException {
        if (files != null) {
            // Only merge pre-copies name their files, and this primary does not push them (PrimaryIndexNode).
            throw new IllegalArgumentException("a copy job copies a whole point; got a list of files: " + files.keySet());
        }
        WirePoint point = offered;
        offered = null;
        try {
            if (point == null) {
                point = client.point();
            }
        } catch (IOException e) {
            throw new NodeCommunicationException("cannot read the primary's latest point from " + client.primary(), e);
        }
        return new HttpCopyJob(reason, point.toCopyState(), this, client, highPriority, onceDone);
    }

    @Override
    protected void launch(CopyJob job) {
        copier.execute(() -> run(job));
    }

    private static void run(CopyJob job) {
        try {
            job.runBlocking();
        } catch (Exception e) {
            LOG.warn("Replication: copy of version {} failed: {}", job.getCopyState().version(), e.toString());
            try {
                job.cancel("copy failed", e);
            } catch (IOException | RuntimeException cancel) {
                LOG.debug("Replication: cancelling a failed copy: {}", cancel.toString());
            }
        }
        try {
            job.onceDone.run(job);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Replication: switching to version {} failed: {}", job.getCopyState().version(), e.toString());
        }
    }

    /** Switches searchers to the copied point (Lucene), then commits it here so a restart resumes from it. */
    @Override
    protected void finishNRTCopy(CopyJob job, long startNS) throws IOException {
        super.finishNRTCopy(job, startNS);
        if (!job.getFailed()) {
            // Noted first, so that /health describes the copy as soon as searches see it.
            listener.copied(job.getCopyState().version(), job.getTotalBytesCopied(), job.getFileNamesToCopy().size(),
                    System.nanoTime() - startNS);
            commit();
        }
    }

    /** Nothing to tell: this primary does not track its replicas, which poll it. */
    @Override
    protected void sendNewReplica() {
    }

    @Override
    public void close() throws IOException {
        copier.shutdown();
        super.close();
        try {
            copier.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
