package docsift.search.view;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit of one search, as Lucene's {@link QueryTimeout}. Each search gets its own deadline and its
 * own {@link IndexSearcher} over the shared reader carrying it ({@link #searcher}), as Elasticsearch gives
 * each request its own searcher: the shared searchers stay untouched, with no per-thread state. Collection
 * stops at the deadline (Lucene's time-limiting bulk scorer), keeping what it collected; the steps around it
 * (expanding prefixes and corrections, spelling, rescoring, highlighting) read through {@link #exitable},
 * Lucene's {@link ExitableDirectoryReader}, which stops them inside their reading with an
 * {@link ExitableDirectoryReader.ExitingReaderException} once the deadline passes. Immutable and thread-safe.
 */
public final class Deadline implements QueryTimeout {
    private final long end;

    /** A deadline {@code limit} from now; a zero limit has passed at once. */
    public Deadline(Duration limit) {
        this.end = System.nanoTime() + limit.toNanos();
    }

    @Override
    public boolean shouldExit() {
        return System.nanoTime() - end >= 0;
    }

    /** True once the deadline has passed. */
    public boolean passed() {
        return shouldExit();
    }

    /**
     * A searcher for this search only: the shared one's reader, similarity and query cache, with this deadline.
     * Cheap: an IndexSearcher over an open reader holds a few references.
     */
    public IndexSearcher searcher(IndexSearcher shared) {
        return withDeadline(shared, shared.getIndexReader());
    }

    /**
     * Like {@link #searcher}, over the shared reader wrapped so that reading terms, points and doc values
     * throws {@link ExitableDirectoryReader.ExitingReaderException} once the deadline has passed: for the steps
     * that the collector's time limit does not reach. Not for collection itself, which would then lose what it
     * had collected. The wrappers keep the reader's cache keys, so query caches and per-view memos still hit.
     */
    public IndexSearcher exitable(IndexSearcher shared) throws IOException {
        // Every view docsift opens is a DirectoryReader (its own, or a replica's); anything else stays unwrapped.
        IndexReader reader = shared.getIndexReader();
        return withDeadline(shared, reader instanceof DirectoryReader directory
                ? ExitableDirectoryReader.wrap(directory, this) : reader);
    }

    private IndexSearcher withDeadline(IndexSearcher shared, IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
        searcher.setTimeout(this);
        return searcher;
    }
}
