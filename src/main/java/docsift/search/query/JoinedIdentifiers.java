package docsift.search.query;

import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import docsift.search.rank.FieldWeights;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.Arrays;
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
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Words typed apart that the index knows as one identifier: "select for update" for
 * {@code select_for_update}, "transaction atomic" for {@code transaction.atomic}, "base model" for
 * {@code BaseModel}. The identifier scores as a word of its own, and a section that has it covers each of the
 * words it joins, in full (its parts would otherwise count as words found only in code). Thread-safe; the
 * look-ups are remembered per index view.
 */
final class JoinedIdentifiers {
    /** Weight of an identifier the query's words join into, added to the words' own scores. */
    private static final float IDENTIFIER_WEIGHT = 1f;
    /** Most words joined into one identifier. */
    private static final int MAX_JOINED = 4;
    /** How identifiers join words: snake_case, dotted.names, and camelCase (indexed lower-cased). */
    private static final List<String> IDENTIFIER_SEPARATORS = List.of("_", ".", "");

    private final FieldQueries fields;
    /** Per index view, the identifier each run of words joins into: a dictionary look-up per form and field. */
    private final ViewMemo<String, Map<String, Query>> memo = new ViewMemo<>(10_000);

    JoinedIdentifiers(FieldQueries fields) {
        this.fields = fields;
    }

    /**
     * Adds the identifiers runs of the query's words join into: to the score, to the clause parts of the words
     * they join ({@code partOf} gives each positive clause's part, -1 for none), and to the highlighted terms.
     * Runs of up to {@link #MAX_JOINED} words, longest first; each word joins one identifier at most.
     *
     * @return for each positive clause, the query of the identifier it was joined into (the same object for
     *         every word of a run), or null
     */
    Query[] add(List<Clause> positive, int[] partOf, IndexReader reader, BooleanQuery.Builder scoring,
                List<BuiltQuery.Part> clauseQueries, Map<String, BooleanQuery.Builder> byField) throws IOException {
        Query[] joinedInto = new Query[positive.size()];
        int start = 0;
        while (start < positive.size()) {
            int joined = 0;
            for (int n = Math.min(MAX_JOINED, positive.size() - start); n >= 2 && joined == 0; n--) {
                List<Clause> run = positive.subList(start, start + n);
                if (run.stream().allMatch(c -> c.type() == Type.WORD && c.occur() == Occur.SHOULD && isIdentifierPart(c.text()))) {
                    Map<String, Query> perField = identifier(run.stream().map(Clause::text).toList(), reader);
                    if (!perField.isEmpty()) {
                        Query identifier = useIdentifier(perField, partOf, start, n, scoring, clauseQueries, byField);
                        Arrays.fill(joinedInto, start, start + n, identifier);
                        joined = n;
                    }
                }
            }
            start += Math.max(1, joined);
        }
        return joinedInto;
    }

    private static boolean isIdentifierPart(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The per-field queries of the first joined form the index has, or an empty map when it has none. */
    private Map<String, Query> identifier(List<String> words, IndexReader reader) throws IOException {
        String key = String.join(" ", words).toLowerCase(Locale.ROOT);
        return memo.get(reader, key, k -> joinedIdentifier(words, reader));
    }

    private Map<String, Query> joinedIdentifier(List<String> words, IndexReader reader) throws IOException {
        for (String separator : IDENTIFIER_SEPARATORS) {
            Clause joined = new Clause(Type.WORD, String.join(separator, words), Occur.SHOULD);
            Map<String, Query> perField = new LinkedHashMap<>();
            for (Map.Entry<String, Float> field : FieldWeights.BOOSTS.entrySet()) {
                Query query = fields.fieldQuery(joined, field.getKey());
                if (query instanceof TermQuery || query instanceof SynonymQuery) {
                    if (FieldQueries.existsInIndex(query, reader)) {
                        perField.put(field.getKey(), new BoostQuery(query, fields.boost(field.getKey())));
                    }
                }
            }
            if (!perField.isEmpty()) {
                return perField;
            }
        }
        return Map.of();
    }

    /** Adds the identifier as {@link #add} says; returns its query. */
    private Query useIdentifier(Map<String, Query> perField, int[] partOf, int start, int n,
                                BooleanQuery.Builder scoring, List<BuiltQuery.Part> clauseQueries,
                                Map<String, BooleanQuery.Builder> byField) {
        Query identifier = new DisjunctionMaxQuery(perField.values(), FieldQueries.TIE_BREAKER);
        scoring.add(new BoostQuery(identifier, IDENTIFIER_WEIGHT), BooleanClause.Occur.SHOULD);
        for (int i = start; i < start + n; i++) {
            if (partOf[i] >= 0) {
                BuiltQuery.Part part = clauseQueries.get(partOf[i]);
                Query query = new DisjunctionMaxQuery(List.of(part.query(), identifier), 0f);
                Query prose = part.prose() == null ? null : new DisjunctionMaxQuery(List.of(part.prose(), identifier), 0f);
                clauseQueries.set(partOf[i], new BuiltQuery.Part(query, part.corrected(), prose));
            }
        }
        perField.forEach((field, q) -> byField.computeIfAbsent(field, f -> new BooleanQuery.Builder())
                .add(q, BooleanClause.Occur.SHOULD));
        return identifier;
    }
}
