package docsift.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.replicator.nrt.CopyJob;
import org.apache.lucene.replicator.nrt.CopyOneFile;
import org.apache.lucene.replicator.nrt.CopyState;
import org.apache.lucene.replicator.nrt.FileMetaData;
import org.apache.lucene.replicator.nrt.ReplicaNode;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.IOUtils;

/**
 * Copies the files of one point that the replica lacks, one HTTP request per file, each into a temporary
 * file that Lucene checks against the primary's checksum; {@link #finish()} then gives them their names.
 * Synchronised like Lucene's own copy jobs: the copy thread and cancellation may meet.
 */
final class HttpCopyJob extends CopyJob {
    private final CopyState state;
    private final PrimaryClient client;
    private final byte[] buffer = new byte[64 * 1024];
    private Iterator<Map.Entry<String, FileMetaData>> next;
    /** The response being read into {@code current}, closed when that file is done or the job cancelled. */
    private InputStream stream;

    HttpCopyJob(String reason, CopyState state, ReplicaNode dest, PrimaryClient client, boolean highPriority,
                OnceDone onceDone) throws IOException {
        super(reason, state.files(), dest, highPriority, onceDone);
        this.state = state;
        this.client = client;
    }

    @Override
    public synchronized void start() {
        if (next != null) {
            throw new IllegalStateException("already started");
        }
        next = toCopy.iterator();
        totBytes += toCopy.stream().mapToLong(file -> file.getValue().length()).sum();
        if (current != null) {
            totBytes += current.metaData.length();
        }
    }

    /** Copies everything; throws when the copy failed or was cancelled. */
    @Override
    public void runBlocking() throws IOException {
        while (!visit()) {
            // each visit copies at most one buffer
        }
        if (getFailed()) {
            throw new IOException("copy of version " + state.version() + " failed: " + cancelReason, exc);
        }
    }

    /** Copies one buffer; true when there is nothing left to copy (or the job was cancelled). */
    private synchronized boolean visit() throws IOException {
        if (exc != null) {
            return true;
        }
        if (current == null) {
            if (!next.hasNext()) {
                return true;
            }
            Map.Entry<String, FileMetaData> file = next.next();
            stream = client.file(state.version(), file.getKey(), 0);
            current = new CopyOneFile(new InputStreamDataInput(stream), dest, file.getKey(), file.getValue(), buffer);
        }
        if (current.visit()) {
            copiedFiles.put(current.name, current.tmpName);
            totBytesCopied += current.getBytesCopied();
            current = null;
            closeStream();
        }
        return false;
    }

    /**
     * Carries a half-copied file over from a job this one replaces: the rest of the file is asked for from
     * where the other job stopped.
     */
    @Override
    protected CopyOneFile newCopyOneFile(CopyOneFile previous) {
        try {
            stream = client.file(state.version(), previous.name, previous.getBytesCopied());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataInput in = new InputStreamDataInput(stream);
        return new CopyOneFile(previous, in);
    }

    @Override
    public synchronized void cancel(String reason, Throwable cause) throws IOException {
        try {
            super.cancel(reason, cause);
        } finally {
            closeStream();
        }
    }

    private void closeStream() {
        IOUtils.closeWhileHandlingException(stream);
        stream = null;
    }

    /** Gives the copied temporary files their real names. */
    @Override
    public void finish() throws IOException {
        for (Map.Entry<String, String> copied : copiedFiles.entrySet()) {
            dest.getDirectory().rename(copied.getValue(), copied.getKey());
        }
        copiedFiles.clear();
    }

    @Override
    public synchronized boolean conflicts(CopyJob other) {
        Set<String> mine = getFileNamesToCopy();
        return other.getFileNamesToCopy().stream().anyMatch(mine::contains);
    }

    @Override
    public boolean getFailed() {
        return exc != null;
    }

    @Override
    public synchronized Set<String> getFileNamesToCopy() {
        return toCopy.stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Override
    public Set<String> getFileNames() {
        return files.keySet();
    }

    @Override
    public CopyState getCopyState() {
        return state;
    }

    @Override
    public long getTotalBytesCopied() {
        return totBytesCopied;
    }

    /** Higher priority first, then first come, first served, as in Lucene's own jobs. */
    @Override
    public int compareTo(CopyJob other) {
        if (highPriority != other.highPriority) {
            return highPriority ? -1 : 1;
        }
        return Long.compare(ord, other.ord);
    }
}
