package docsift.search;

import docsift.search.query.UserQuery;
import docsift.search.query.UserQueryParser;

/**
 * What a request will cost, estimated from its text and paging alone (no index work), so that admission can
 * give expensive searches a smaller share of the machine than ordinary ones. The measures are the work that
 * grows with them on a large corpus (cockroachdb-docs, 14,723 articles): each word or phrase is a clause per
 * field, possibly corrected or completed; each prefix expands to index terms; each hit up to the page's end
 * is collected, rescored and its page highlighted. Immutable.
 *
 * @param clauses  words and phrases, excluded ones included
 * @param prefixes clauses ending in '*'
 * @param depth    offset plus limit: the hits to collect and rescore
 */
public record SearchCost(int clauses, int prefixes, int depth) {
    /**
     * Thresholds of an expensive search. Alone on that corpus, a first page for 3 words takes about 100 ms,
     * 16 prefixes 450-900 ms, 15 misspelt words 180-1,700 ms, 60 words 450 ms, and page 100 of 100 hits
     * 300-1,300 ms; normal searches stay under all three.
     */
    static final int EXPENSIVE_CLAUSES = 12;
    static final int EXPENSIVE_PREFIXES = 4;
    static final int EXPENSIVE_DEPTH = 1_000;

    /** The cost of {@code request}. */
    public static SearchCost of(SearchRequest request) {
        UserQuery query = UserQueryParser.parse(request.query());
        int prefixes = (int) query.clauses().stream().filter(c -> c.type() == UserQuery.Type.PREFIX).count();
        return new SearchCost(query.clauses().size(), prefixes, request.offset() + request.limit());
    }

    /** True when this search may take a large share of a core for a second or more. */
    public boolean expensive() {
        return clauses >= EXPENSIVE_CLAUSES || prefixes >= EXPENSIVE_PREFIXES || depth > EXPENSIVE_DEPTH;
    }
}
