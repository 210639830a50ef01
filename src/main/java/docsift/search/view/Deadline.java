package docsift.search.view;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit of one search, as Lucene's {@link QueryTimeout}. Each search gets its own deadline and its
 * own {@link IndexSearcher} over the shared reader carrying it ({@link #searcher}), as Elasticsearch gives
 * each request its own searcher: the shared searchers stay untouched, with no per-thread state. Collection
 * stops at the deadline (Lucene's time-limiting bulk scorer) and the steps after it check {@link #passed()}
 * before they start. Immutable and thread-safe.
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
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setQueryCache(shared.getQueryCache());
        searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
        searcher.setTimeout(this);
        return searcher;
    }
}
