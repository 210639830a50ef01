package docsift.search.query;

import docsift.search.query.UserQuery.Clause;
import docsift.search.rank.Rescoring;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;

/**
 * What {@link QueryFactory} decided about a user query, before any Lucene query is assembled from it: one
 * {@link ClausePlan} per positive clause, in the order typed, the acronyms and joined identifiers found across
 * clauses (naming the clauses they cover by position), and the excluded clauses. Immutable.
 *
 * @param query       the user query after compound words were resolved
 * @param clauses     one per positive clause of {@code query}, same order
 * @param shortForms  acronyms the query spells out ("object-relational mapping" for ORM)
 * @param identifiers identifiers runs of the query's words join into ("select for update")
 * @param exclusions  the excluded clauses' queries, each the best of its fields
 */
record QueryPlan(UserQuery query, List<ClausePlan> clauses, List<ShortForm> shortForms, List<Joined> identifiers,
                 List<Query> exclusions) {
    QueryPlan {
        clauses = List.copyOf(clauses);
        shortForms = List.copyOf(shortForms);
        identifiers = List.copyOf(identifiers);
        exclusions = List.copyOf(exclusions);
    }

    /** True when some clause or acronym is searched: else there is no query at all (only stop words, say). */
    boolean searchable() {
        return !shortForms.isEmpty() || clauses.stream().anyMatch(c -> !c.scoring().isEmpty());
    }

    /**
     * One positive clause of the user query as searched.
     *
     * @param clause   the clause as typed
     * @param stopWord true for a stop word in a query with other words: it neither scores nor counts
     * @param scoring  what it adds to the scoring query, in order (empty when it matches nothing)
     * @param part     its part in the coverage, or null when it counts nowhere (a stop word)
     * @param marked   per field, the queries that mark it in snippets and tell which fields matched
     */
    record ClausePlan(Clause clause, boolean stopWord, List<BooleanClause> scoring, Rescoring.Part part,
                      Map<String, List<Query>> marked) {
        ClausePlan {
            scoring = List.copyOf(scoring);
        }

        static ClausePlan stopWord(Clause clause) {
            return new ClausePlan(clause, true, List.of(), null, Map.of());
        }

        /** True when the clause counts as a word the index does not know (it matches nothing). */
        boolean unknown() {
            return part != null && part.query() instanceof org.apache.lucene.search.MatchNoDocsQuery;
        }
    }

    /**
     * An acronym whose long form the query spells out: searched as a bonus, and standing in for the words of
     * the long form that the index does not know.
     *
     * @param query     the acronym on every field
     * @param longWords the words of its long form
     */
    record ShortForm(Query query, Set<String> longWords) {
        ShortForm {
            longWords = Set.copyOf(longWords);
        }
    }

    /**
     * An identifier that the clauses from {@code from} (inclusive) to {@code to} (exclusive) join into.
     *
     * @param query    the identifier, the best of its fields
     * @param perField the identifier on each field the index has it in, weighted by field
     */
    record Joined(int from, int to, Query query, Map<String, Query> perField) {
        Joined {
            perField = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perField));
        }

        boolean covers(int position) {
            return position >= from && position < to;
        }
    }
}
