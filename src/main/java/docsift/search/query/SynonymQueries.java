package docsift.search.query;

import docsift.index.Fields;
import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * A word's synonyms ({@link Synonyms}) as a query: the other words of its groups that the index knows, each
 * searched like a typed word on the English fields. Thread-safe; the look-ups are remembered per index view.
 */
final class SynonymQueries {
    private final FieldQueries fields;
    private final Synonyms groups;
    /** Per index view, a word's synonyms: a dictionary look-up per synonym and field, for the same words again and again. */
    private final ViewMemo<String, SynonymMatch> memo = new ViewMemo<>(10_000);

    SynonymQueries(FieldQueries fields) {
        this.fields = fields;
        this.groups = new Synonyms();
    }

    /**
     * The other words of a plain word's synonym groups that the index knows, searched like typed words on the
     * English fields (and marked in snippets); null when there are none.
     */
    Query of(Clause clause, IndexReader reader, Map<String, BooleanQuery.Builder> highlighted) throws IOException {
        if (clause.type() != Type.WORD || clause.occur() == Occur.MUST_NOT) {
            return null;
        }
        SynonymMatch match = memo.get(reader, clause.text().toLowerCase(Locale.ROOT), word -> synonyms(word, reader));
        if (match == null) {
            return null;
        }
        match.marked().forEach((field, queries) -> queries.forEach(query ->
                highlighted.computeIfAbsent(field, f -> new BooleanQuery.Builder()).add(query, BooleanClause.Occur.SHOULD)));
        return match.query();
    }

    /** A word's synonyms the index knows: the query, and per field the terms to mark in snippets. */
    private record SynonymMatch(Query query, Map<String, List<Query>> marked) {
    }

    private SynonymMatch synonyms(String word, IndexReader reader) throws IOException {
        List<Query> alternatives = new ArrayList<>();
        Map<String, List<Query>> marked = new LinkedHashMap<>();
        for (String other : groups.of(word)) {
            List<Query> perField = new ArrayList<>();
            for (String field : Fields.ENGLISH_FIELDS) {
                Query query = fields.fieldQuery(new Clause(Type.WORD, other, Occur.SHOULD), field);
                if (query != null && FieldQueries.existsInIndex(query, reader)) {
                    perField.add(new BoostQuery(query, fields.boost(field)));
                    marked.computeIfAbsent(field, f -> new ArrayList<>()).add(query);
                }
            }
            if (!perField.isEmpty()) {
                alternatives.add(new DisjunctionMaxQuery(perField, FieldQueries.TIE_BREAKER));
            }
        }
        return alternatives.isEmpty() ? null : new SynonymMatch(new DisjunctionMaxQuery(alternatives, 0f), marked);
    }
}
