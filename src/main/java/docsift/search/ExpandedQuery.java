package docsift.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Expands the fuzzy and prefix parts of a {@link BuiltQuery} into the index terms they match, once per
 * request. A request uses its query four ways (ranking, {@code matchedIn} per field, coverage per clause,
 * highlighting) and each would otherwise expand every {@link MultiTermQuery} again; for a fuzzy word that
 * means building its Levenshtein automaton about thirty times, which profiling showed to be most of the
 * time of a query with a typo. The expansion is what the searcher itself would do, so ranking is unchanged.
 * A new instance per request; not thread-safe.
 */
final class ExpandedQuery {
    private final IndexSearcher searcher;
    /** The clause and field queries share their leaves: each leaf is expanded once, by identity. */
    private final Map<Query, Query> expanded = new IdentityHashMap<>();

    private ExpandedQuery(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The query with every multi-term leaf replaced by its expansion on this searcher's index. */
    static BuiltQuery of(BuiltQuery built, IndexSearcher searcher) throws IOException {
        ExpandedQuery expansion = new ExpandedQuery(searcher);
        List<Query> clauses = new ArrayList<>();
        for (Query clause : built.clauses()) {
            clauses.add(expansion.expand(clause));
        }
        Map<String, Query> byField = new LinkedHashMap<>();
        for (Map.Entry<String, Query> field : built.byField().entrySet()) {
            byField.put(field.getKey(), expansion.expand(field.getValue()));
        }
        return new BuiltQuery(expansion.expand(built.scoring()), clauses, byField, built.fuzzyWords());
    }

    private Query expand(Query query) throws IOException {
        Query done = expanded.get(query);
        if (done == null) {
            done = expandOnce(query);
            expanded.put(query, done);
        }
        return done;
    }

    private Query expandOnce(Query query) throws IOException {
        return switch (query) {
            case MultiTermQuery multiTerm -> searcher.rewrite(multiTerm);
            case BoostQuery boost -> new BoostQuery(expand(boost.getQuery()), boost.getBoost());
            case DisjunctionMaxQuery dismax -> new DisjunctionMaxQuery(expandAll(dismax.getDisjuncts()),
                    dismax.getTieBreakerMultiplier());
            case BooleanQuery bool -> expandBoolean(bool);
            default -> query;
        };
    }

    private List<Query> expandAll(Iterable<Query> queries) throws IOException {
        List<Query> out = new ArrayList<>();
        for (Query query : queries) {
            out.add(expand(query));
        }
        return out;
    }

    private Query expandBoolean(BooleanQuery bool) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            builder.add(expand(clause.query()), clause.occur());
        }
        return builder.build();
    }
}
