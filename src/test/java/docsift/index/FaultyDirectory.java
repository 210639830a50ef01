package docsift.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * Test seam: a file-system directory whose writes fail on demand the way a full disk or a read-only folder
 * makes them fail, for machines where a test cannot mount a small tmpfs or a read-only bind. Reads always
 * work. Every directory a {@link #factory} opens shares one switch. Thread-safe.
 */
public final class FaultyDirectory extends FilterDirectory {
    /** What writes do. */
    public enum Fault { NONE, FULL, READ_ONLY }

    private final AtomicReference<Fault> fault;

    private FaultyDirectory(Directory in, AtomicReference<Fault> fault) {
        super(in);
        this.fault = fault;
    }

    /** Opens index folders as file-system directories that obey {@code fault}. */
    public static IndexStore.DirectoryFactory factory(AtomicReference<Fault> fault) {
        return path -> new FaultyDirectory(FSDirectory.open(path), fault);
    }

    private void check(String name) throws IOException {
        switch (fault.get()) {
            case FULL -> throw new IOException(name + ": No space left on device");
            case READ_ONLY -> throw new FileSystemException(name, null, "Read-only file system");
            case NONE -> { }
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        check(name);
        return in.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        check(prefix);
        return in.createTempOutput(prefix, suffix, context);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        check(names.toString());
        in.sync(names);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        check(dest);
        in.rename(source, dest);
    }

    @Override
    public void syncMetaData() throws IOException {
        check("metadata");
        in.syncMetaData();
    }

    @Override
    public void deleteFile(String name) throws IOException {
        if (fault.get() == Fault.READ_ONLY) {
            check(name);
        }
        in.deleteFile(name);
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
        if (fault.get() == Fault.READ_ONLY) {
            check(name); // a read-only folder cannot even hold the write lock
        }
        return in.obtainLock(name);
    }

    /** The folder, for messages. */
    public Path path() {
        return ((FSDirectory) in).getDirectory();
    }
}
