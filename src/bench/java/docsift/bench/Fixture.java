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

/**
 * The objects the server wires, built the same way as {@code Application} does, on a temporary index of a
 * corpus folder. Owns the index folder and deletes it on close. Not thread-safe to close; its searchers and
 * search service are.
 */
final class Fixture implements AutoCloseable {
    final Path index;
    final IndexStore store;
    final Searchers searchers;
    final CorpusIndexer indexer;
    final SearchService search;

    Fixture(Path corpus) throws IOException {
        java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization")
                .setLevel(java.util.logging.Level.SEVERE);
        index = Files.createTempDirectory("docsift-bench-index");
        store = IndexStore.open(index);
        searchers = new Searchers(store.directory());
        indexer = new CorpusIndexer(new CorpusReader(corpus), new MarkdownParser(), store, this::refresh);
        indexer.rebuild();
        search = new SearchService(searchers);
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
        searchers.close();
        store.close();
        Workload.delete(index);
    }
}
