package docsift.search;

import docsift.index.IndexStore;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A real index of a few articles in a test's temporary folder, searched with any set of ranking features: what
 * the ranking tests share. Close it after the tests; JUnit deletes the folder.
 */
final class SearchFixture implements AutoCloseable {
    private final IndexStore store;
    private final Searchers searchers;

    private SearchFixture(IndexStore store, Searchers searchers) {
        this.store = store;
        this.searchers = searchers;
    }

    /** The articles indexed and committed into {@code folder}. */
    static SearchFixture of(Path folder, List<Article> articles) throws IOException {
        IndexStore store = IndexStore.open(folder);
        for (Article article : articles) {
            store.replaceArticle(article);
        }
        store.commit();
        return new SearchFixture(store, new Searchers(store.directory()));
    }

    /** One article, parsed from Markdown. */
    static SearchFixture ofMarkdown(Path folder, String id, String markdown) throws IOException {
        return of(folder, List.of(new MarkdownParser().parse(id, markdown)));
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
        searchers.close();
        store.close();
    }
}
