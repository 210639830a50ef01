package docsift.search;

import docsift.index.IndexStore;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real index of a few articles in a temporary folder, searched with any set of ranking features: what the
 * ranking tests share. Close it after the tests; it deletes its folder.
 */
final class SearchFixture implements AutoCloseable {
    private final Path folder;
    private final IndexStore store;
    private final Searchers searchers;

    private SearchFixture(Path folder, IndexStore store, Searchers searchers) {
        this.folder = folder;
        this.store = store;
        this.searchers = searchers;
    }

    /** The articles indexed and committed. */
    static SearchFixture of(List<Article> articles) throws IOException {
        Path folder = Files.createTempDirectory("docsift-search-");
        IndexStore store = IndexStore.open(folder);
        for (Article article : articles) {
            store.replaceArticle(article);
        }
        store.commit();
        return new SearchFixture(folder, store, new Searchers(store.directory()));
    }

    /** One article, parsed from Markdown. */
    static SearchFixture ofMarkdown(String id, String markdown) throws IOException {
        return of(List.of(new MarkdownParser().parse(id, markdown)));
    }

    /** The hits for {@code q} (first page of ten), ranked with {@code features}. */
    List<Hit> hits(RankingFeatures features, String q) throws IOException {
        return new SearchService(searchers, features).search(SearchRequest.of(q, 10)).hits();
    }

    /** The headings of those hits, in order. */
    List<String> headings(RankingFeatures features, String q) throws IOException {
        return hits(features, q).stream().map(Hit::heading).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            store.close();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
