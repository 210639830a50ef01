package docsift.search.query;

import docsift.index.Fields;
import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import docsift.search.rank.RankingWeights;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
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
     * English fields, and per field the terms that mark them in snippets; null when there are none.
     */
    SynonymMatch of(Clause clause, IndexReader reader) throws IOException {
        if (clause.type() != Type.WORD || clause.occur() == Occur.MUST_NOT) {
            return null;
        }
        return memo.get(reader, clause.text().toLowerCase(Locale.ROOT), word -> synonyms(word, reader));
    }

    /**
     * A word's synonyms the index knows. Immutable.
     *
     * @param query  the synonyms, each the best of its fields
     * @param marked per field, the synonyms' terms to mark in snippets
     */
    record SynonymMatch(Query query, Map<String, List<Query>> marked) {
        SynonymMatch {
            marked = Collections.unmodifiableMap(marked);
        }
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
                alternatives.add(new DisjunctionMaxQuery(perField, RankingWeights.TIE_BREAKER));
            }
        }
        return alternatives.isEmpty() ? null : new SynonymMatch(new DisjunctionMaxQuery(alternatives, 0f), marked);
    }
}
