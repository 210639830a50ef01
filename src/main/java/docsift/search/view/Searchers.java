package docsift.search.view;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Owns the one searcher manager: a {@link SearcherManager} over the index's last commit, or on a read replica
 * the manager Lucene's replication keeps over the last copied point. Searchers see committed (or completely
 * copied) state only, so a half-written update is never visible; {@link #refresh()} after each commit swaps
 * in the new view. Thread-safe.
 */
public final class Searchers implements AutoCloseable {
    private final ReferenceManager<IndexSearcher> manager;
    /** Counts the views that have been opened: anything cached under an older value may be stale. */
    private final AtomicLong generation = new AtomicLong();

    /** Searchers over the last commit of the index in {@code directory}. */
    public Searchers(Directory directory) throws IOException {
        this(new SearcherManager(directory, factory()));
    }

    /**
     * Searchers from a manager opened elsewhere with {@link #factory()}, such as a replica's: this takes it
     * over and closes it.
     */
    public Searchers(ReferenceManager<IndexSearcher> manager) {
        this.manager = manager;
        manager.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    generation.incrementAndGet();
                }
            }
        });
    }

    /** Makes every shared searcher docsift uses: the field similarity (each search adds its own timeout). */
    public static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new FieldSimilarity());
                return searcher;
            }
        };
    }

    /**
     * The number of the current view of the index. Read it before searching: a searcher acquired afterwards
     * is at least that new, so a result remembered under this number is never newer than claimed.
     */
    public long generation() {
        return generation.get();
    }

    /** A searcher to use and then {@link #release(IndexSearcher)} in a finally block. */
    public IndexSearcher acquire() throws IOException {
        return manager.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        manager.release(searcher);
    }

    /** Opens the latest commit for new searches; blocks while another refresh runs. */
    public void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
