package docsift.search;

import docsift.index.IndexStore;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import docsift.markdown.Section;
import docsift.search.rank.RankingFeatures;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real index of a few articles, searched with any set of ranking features: what the ranking tests share.
 * Declared as a static {@code @RegisterExtension} field, it indexes the articles into a temporary folder
 * before the class's tests and closes and deletes it after them.
 */
final class SearchFixture implements BeforeAllCallback, AfterAllCallback {
    /** Where the articles come from; read when the class's tests start. */
    @FunctionalInterface
    interface Source {
        List<Article> articles() throws IOException;
    }

    private final Source source;
    private Path folder;
    private IndexStore store;
    private Searchers searchers;

    private SearchFixture(Source source) {
        this.source = source;
    }

    /** The articles {@code source} gives. */
    static SearchFixture of(Source source) {
        return new SearchFixture(source);
    }

    /** One hand-written article of {@code sections}. */
    static SearchFixture ofSections(String articleId, String title, Section... sections) {
        return of(() -> List.of(new Article(articleId, title, "hash", List.of(sections))));
    }

    /** One article file, such as the real one in {@code corpus/}, named by its file name. */
    static SearchFixture ofFile(Path file) {
        return of(() -> List.of(new MarkdownParser().parse(file.getFileName().toString(),
                Files.readString(file, StandardCharsets.UTF_8))));
    }

    /** One article, parsed from Markdown. */
    static SearchFixture ofMarkdown(String id, String markdown) {
        return of(() -> List.of(new MarkdownParser().parse(id, markdown)));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("docsift-search-test-");
        store = IndexStore.open(folder);
        for (Article article : source.articles()) {
            store.replaceArticle(article);
        }
        store.commit();
        searchers = new Searchers(store.directory());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            searchers.close();
            store.close();
        } finally {
            IOUtils.rm(folder);
        }
    }

    /** The whole answer for {@code q} (first page of ten), ranked with every feature. */
    SearchResponse search(String q) throws IOException {
        return new SearchService(searchers, RankingFeatures.ALL).search(SearchRequest.of(q, 10));
    }

    /** The whole answer to {@code request}, ranked with every feature. */
    SearchResponse search(SearchRequest request) throws IOException {
        return new SearchService(searchers, RankingFeatures.ALL).search(request);
    }

    /** The whole answer to {@code request} on a site whose version folders are {@code versions}. */
    SearchResponse search(SearchRequest request, docsift.search.collapse.VersionFolders versions) throws IOException {
        return new SearchService(searchers, RankingFeatures.ALL, SearchService.TIME_LIMIT, versions, false, null)
                .search(request);
    }

    /** The hits for {@code q} (first page of ten), ranked with {@code features}. */
    List<Hit> hits(RankingFeatures features, String q) throws IOException {
        return new SearchService(searchers, features).search(SearchRequest.of(q, 10)).hits();
    }

    /** The headings of those hits, in order. */
    List<String> headings(RankingFeatures features, String q) throws IOException {
        return hits(features, q).stream().map(Hit::heading).toList();
    }
}
