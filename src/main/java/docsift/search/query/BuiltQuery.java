package docsift.search.query;

import docsift.search.rank.Rescoring;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A user query translated for Lucene: what each later stage of a search needs of it. Immutable.
 *
 * @param rescoring what finds and ranks hits, in both stages
 * @param byField   per searchable field, the part of the query on that field: tells which fields matched
 * @param codeForms other forms of the query's words that code uses ({@link CodeInflections}), marked in
 *                  snippets but not ranked on; null when there are none
 */
public record BuiltQuery(Rescoring rescoring, Map<String, Query> byField, Query codeForms) {
    public BuiltQuery {
        byField = Map.copyOf(byField);
    }

    /** What finds and first ranks hits (filters are added by the caller). */
    public Query scoring() {
        return rescoring.scoring();
    }

    /** What snippets mark: the scoring query's matches and the other forms of its words in code. */
    public Query highlighting() {
        return codeForms == null ? scoring() : new BooleanQuery.Builder()
                .add(scoring(), BooleanClause.Occur.SHOULD)
                .add(codeForms, BooleanClause.Occur.SHOULD)
                .build();
    }
}
