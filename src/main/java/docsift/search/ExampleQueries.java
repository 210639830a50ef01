package docsift.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The start page's example queries: the site's own ({@code examples} in {@code docsift.yml}), else words
 * derived from the corpus (the words most used in its headings, see {@link Catalog#frequentHeadingWords}),
 * each kept only if a search for it finds something now. Never another corpus' examples. Remembered per index
 * generation, so the checks run once per commit, not per visit. Thread-safe.
 */
public final class ExampleQueries {
    /** Derived examples shown; configured ones are all shown (up to {@link #MAX_CONFIGURED}) if they find something. */
    public static final int MAX_DERIVED = 5;
    /** A start page is not a word list: a site giving more examples than this shows the first ones that work. */
    public static final int MAX_CONFIGURED = 12;
    /** Candidates looked at to find {@link #MAX_DERIVED} that work. */
    private static final int CANDIDATES = 20;

    private record Remembered(long generation, List<String> examples) {
    }

    private final Catalog catalog;
    private final SearchService search;
    private final List<String> configured;
    private final AtomicReference<Remembered> remembered = new AtomicReference<>();

    /** @param configured the site's examples, in their order; empty to derive them from the corpus */
    public ExampleQueries(Catalog catalog, SearchService search, List<String> configured) {
        this.catalog = catalog;
        this.search = search;
        this.configured = List.copyOf(configured);
    }

    /** The examples for the index as it is now. */
    public List<String> examples() throws IOException {
        long generation = search.generation();
        Remembered last = remembered.get();
        if (last != null && last.generation() == generation) {
            return last.examples();
        }
        List<String> examples = compute();
        remembered.set(new Remembered(generation, examples));
        return examples;
    }

    private List<String> compute() throws IOException {
        boolean derived = configured.isEmpty();
        List<String> candidates = derived ? catalog.frequentHeadingWords(CANDIDATES) : configured;
        int max = derived ? MAX_DERIVED : MAX_CONFIGURED;
        List<String> examples = new ArrayList<>();
        for (String candidate : candidates) {
            if (examples.size() < max && findsSomething(candidate)) {
                examples.add(candidate);
            }
        }
        return List.copyOf(examples);
    }

    private boolean findsSomething(String query) throws IOException {
        try {
            return search.search(SearchRequest.of(query, 1)).total() > 0;
        } catch (InvalidRequestException e) {
            // A configured example the search refuses (too long, say) finds nothing: it is left out, not an error.
            return false;
        }
    }
}
