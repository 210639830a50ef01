package docsift.replica;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.replicator.nrt.FileMetaData;
import org.apache.lucene.replicator.nrt.PrimaryNode;
import org.apache.lucene.search.SearcherFactory;

/**
 * Lucene's {@link PrimaryNode} over docsift's one writer. Replicas poll rather than being known to the
 * primary, so a merged segment is not pre-copied before the writer switches to it: it travels with the next
 * point instead (see {@link #preCopyMergedSegmentFiles}). Thread-safe as {@link PrimaryNode} is.
 */
final class PrimaryIndexNode extends PrimaryNode {
    /** Lucene's node messages are verbose debugging output; docsift logs what matters itself. */
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    PrimaryIndexNode(IndexWriter writer, long primaryGen, long forceVersion, SearcherFactory factory)
            throws IOException {
        super(writer, 0, primaryGen, forceVersion, factory, QUIET);
    }

    IndexWriter writer() {
        return writer;
    }

    /**
     * Called by the writer after a merge, before it uses the merged segment. The primary does not know its
     * replicas (they poll), so nothing is pushed: the merged files are copied with the next point. For
     * docsift's corpora merges are small next to a full copy; see README (read replicas).
     */
    @Override
    protected void preCopyMergedSegmentFiles(SegmentCommitInfo info, Map<String, FileMetaData> files) {
    }

    /**
     * Closes the node's own near-real-time searchers only. {@link PrimaryNode#close()} would also roll back
     * the writer and close the directory, which belong to docsift's index store and are closed by it.
     */
    void closeSearchers() throws IOException {
        mgr.close();
    }
}
