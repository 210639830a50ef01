package docsift.eval;

import docsift.index.IndexStore;
import docsift.markdown.Article;
import docsift.search.Hit;
import docsift.search.SearchRequest;
import docsift.search.SearchService;
import docsift.search.rank.RankingFeatures;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real docsift ranking: the articles indexed by {@link IndexStore} into a temporary folder and searched
 * with {@link SearchService}, sections only, exactly as the HTTP API ranks them. Owns the folder and deletes
 * it on close. Thread-safe for ranking, like the service it wraps.
 */
public final class DocsiftRanker implements Ranker {
    private final String name;
    private final Path folder;
    private final IndexStore store;
    private final Searchers searchers;
    private final SearchService service;

    private DocsiftRanker(String name, Path folder, IndexStore store, Searchers searchers, SearchService service) {
        this.name = name;
        this.folder = folder;
        this.store = store;
        this.searchers = searchers;
        this.service = service;
    }

    /** Indexes {@code article} into a new temporary folder; ranks with every feature on. */
    public static DocsiftRanker of(Article article) throws IOException {
        return of(List.of(article));
    }

    /** Indexes {@code articles} (a corpus) into a new temporary folder; ranks with every feature on. */
    public static DocsiftRanker of(List<Article> articles) throws IOException {
        return of(articles, "docsift", RankingFeatures.ALL);
    }

    /** Indexes {@code article} into a new temporary folder; ranks with the given features, under a name. */
    public static DocsiftRanker of(Article article, String name, RankingFeatures features) throws IOException {
        return of(List.of(article), name, features);
    }

    /**
     * Indexes {@code articles} into a new temporary folder, one atomic replacement per article and one commit,
     * as {@link docsift.corpus.CorpusIndexer} builds the service's index; ranks with the given features.
     */
    public static DocsiftRanker of(List<Article> articles, String name, RankingFeatures features) throws IOException {
        Path folder = Files.createTempDirectory("docsift-eval-");
        IndexStore store = IndexStore.open(folder);
        try {
            for (Article article : articles) {
                store.replaceArticle(article);
            }
            store.commit();
            Searchers searchers = new Searchers(store.directory());
            return new DocsiftRanker(name, folder, store, searchers, new SearchService(searchers, features));
        } catch (IOException | RuntimeException e) {
            store.close();
            deleteRecursively(folder);
            throw e;
        }
    }

    /**
     * The same index ranked with other features, under another name: the ablation's variants share one index
     * instead of building it again for each. Valid until this ranker is closed; closing the variant closes only
     * its own search service.
     */
    public Ranker variant(String variantName, RankingFeatures features) {
        SearchService variantService = new SearchService(searchers, features);
        return new Ranker() {
            @Override
            public String name() {
                return variantName;
            }

            @Override
            public Ranking rank(String query, int limit) throws IOException {
                return DocsiftRanker.rank(variantService, query, limit);
            }

            @Override
            public void close() {
                variantService.close();
            }
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Ranking rank(String query, int limit) throws IOException {
        return rank(service, query, limit);
    }

    private static Ranking rank(SearchService service, String query, int limit) throws IOException {
        return new Ranking(service.search(SearchRequest.of(query, limit)).hits().stream()
                .map(DocsiftRanker::asRanked).toList());
    }

    private static RankedSection asRanked(Hit hit) {
        return new RankedSection(hit.article(), hit.heading(), hit.path(), hit.weak());
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
            searchers.close();
            store.close();
        } finally {
            deleteRecursively(folder);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
