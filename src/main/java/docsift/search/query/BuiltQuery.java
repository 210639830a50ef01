package docsift.search.query;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A user query translated for Lucene. Immutable.
 *
 * @param scoring     what finds and first ranks hits (filters are added by the caller)
 * @param proximity   the bonus for query words standing close together, or null: added to the score of the
 *                    hits that are rescored only, since reading the positions of every match (tens of
 *                    thousands for a question on a large corpus) was a quarter of such a search's time; a
 *                    hit's score is the same as if it were part of {@code scoring}
 * @param verbatim    the whole query as written in one field (a pasted line), or null; a bonus for the rescored
 *                    hits it matches
 * @param clauses     one part per positive clause of the user query (all fields), to measure how much of
 *                    the query a hit covers
 * @param byField     per searchable field, the part of the query on that field: tells which fields matched
 * @param fuzzyWords  words of the query the index does not know, matched through corrections instead
 * @param sides       for a comparison ("list comprehension vs generator"), the side of "vs" each clause part
 *                    stands on (0 before, 1 after, -1 neither); empty for any other query
 * @param codeForms   other forms of the query's words that code uses ({@link CodeInflections}), marked in
 *                    snippets but not ranked on; null when there are none
 */
public record BuiltQuery(Query scoring, Query proximity, Query verbatim, List<Part> clauses, Map<String, Query> byField,
                  List<String> fuzzyWords, List<Integer> sides, Query codeForms) {
    public BuiltQuery {
        clauses = List.copyOf(clauses);
        byField = Map.copyOf(byField);
        fuzzyWords = List.copyOf(fuzzyWords);
        sides = List.copyOf(sides);
    }

    /** What snippets mark: the scoring query's matches and the other forms of its words in code. */
    public Query highlighting() {
        return codeForms == null ? scoring : new BooleanQuery.Builder()
                .add(scoring, BooleanClause.Occur.SHOULD)
                .add(codeForms, BooleanClause.Occur.SHOULD)
                .build();
    }

    /** True when the query compares two things and each side has clauses of its own. */
    public boolean isComparison() {
        return sides.contains(0) && sides.contains(1);
    }

    /**
     * One clause of the user query on all fields.
     *
     * @param query     the clause's query
     * @param corrected true when the clause matches only through corrections of a word the index does not know
     * @param prose     for a plain word, its query on the English fields only: a plain word found only in code
     *                  (an unrelated {@code file.write} for "write") is weaker evidence; null for identifiers,
     *                  phrases and other clauses, for which a match anywhere is full evidence
     */
    public record Part(Query query, boolean corrected, Query prose) {
        Part(Query query, boolean corrected) {
            this(query, corrected, null);
        }
    }
}
