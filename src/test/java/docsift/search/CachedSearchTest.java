package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.index.IndexStore;
import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache answers repeats from memory and never serves an answer older than the index. */
class CachedSearchTest {
    @TempDir
    Path dir;

    @Test
    void repeatsAreCachedUntilTheIndexChanges() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(Fixtures.tiny());
            store.commit();
            try (Searchers searchers = new Searchers(store.directory())) {
                CachedSearch cache = new CachedSearch(new SearchService(searchers), searchers, 16);
                SearchRequest request = SearchRequest.of("zebrafinch", 10);
                assertEquals(0, cache.search(request).total());
                assertEquals(0, cache.search(request).total());
                assertEquals(1, cache.hits());
                assertEquals(1, cache.misses());

                store.replaceArticle(new Article("zebra.md", "zebra", "h", List.of(Fixtures.section("zebra.md", "z", 2,
                        "Zebrafinch", List.of(), "Zebrafinch", "A zebrafinch sings.", List.of(), List.of()))));
                store.commit();
                searchers.refresh();
                assertEquals(1, cache.search(request).total(), "the index changed: no stale answer");
                assertEquals(2, cache.misses());
            }
        }
    }

    @Test
    void theCacheIsBoundedAndCanBeTurnedOff() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(Fixtures.tiny());
            store.commit();
            try (Searchers searchers = new Searchers(store.directory())) {
                CachedSearch one = new CachedSearch(new SearchService(searchers), searchers, 1);
                one.search(SearchRequest.of("django", 10));
                one.search(SearchRequest.of("python", 10));
                one.search(SearchRequest.of("django", 10));
                assertEquals(0, one.hits(), "the older entry was evicted");
                CachedSearch off = new CachedSearch(new SearchService(searchers), searchers, 0);
                off.search(SearchRequest.of("django", 10));
                off.search(SearchRequest.of("django", 10));
                assertEquals(0, off.hits());
            }
        }
    }
}
