package docsift.bench;

import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusReader;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import docsift.search.SearchService;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;

/**
 * The objects the server wires, built the same way as {@code Application} does, on a temporary index of a
 * corpus folder, or (for search only, {@link #forSearch()}) on an existing index left as it is. Owns the
 * temporary index folder and deletes it on close. Not thread-safe to close; its searchers and search service are.
 */
final class Fixture implements AutoCloseable {
    final Path index;
    /** The store and indexer of a temporary index; null over an existing index, which is only searched. */
    final IndexStore store;
    final CorpusIndexer indexer;
    final Searchers searchers;
    final SearchService search;
    private final FSDirectory existing;

    Fixture(Path corpus) throws IOException {
        quietLucene();
        index = Files.createTempDirectory("docsift-bench-index");
        store = IndexStore.open(index);
        searchers = new Searchers(store.directory());
        indexer = new CorpusIndexer(new CorpusReader(corpus), new MarkdownParser(), store, this::refresh);
        indexer.rebuild();
        search = new SearchService(searchers);
        existing = null;
    }

    /** Searches over an existing index, read as it is (no writer), so a large corpus is indexed once. */
    private Fixture(FSDirectory existing) throws IOException {
        quietLucene();
        this.index = existing.getDirectory();
        this.existing = existing;
        this.store = null;
        this.indexer = null;
        this.searchers = new Searchers(existing);
        this.search = new SearchService(searchers);
    }

    /**
     * For search benchmarks: the existing index of {@code -Ddocsift.index=DIR} when given (built beforehand with
     * {@code docsift index}), else a temporary index of {@link Workload#corpus()}.
     */
    static Fixture forSearch() throws IOException {
        String existing = System.getProperty("docsift.index");
        return existing == null ? new Fixture(Workload.corpus()) : new Fixture(FSDirectory.open(Path.of(existing)));
    }

    private static void quietLucene() {
        java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization")
                .setLevel(java.util.logging.Level.SEVERE);
    }

    private void refresh() {
        try {
            searchers.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        search.close();
        searchers.close();
        if (existing != null) {
            existing.close();
            return;
        }
        store.close();
        Workload.delete(index);
    }
}
