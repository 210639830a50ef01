package docsift.search.query;

import docsift.search.query.QueryPlan.Joined;
import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import docsift.search.rank.FieldWeights;
import docsift.search.rank.RankingWeights;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
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
     * The identifiers runs of the query's words join into: runs of up to {@link #MAX_JOINED} plain words,
     * longest first; each word joins one identifier at most. The identifier scores as a word of its own, and
     * covers the words it joins.
     */
    List<Joined> find(List<Clause> positive, IndexReader reader) throws IOException {
        List<Joined> joined = new ArrayList<>();
        int start = 0;
        while (start < positive.size()) {
            Joined longest = longestFrom(positive, start, reader);
            if (longest != null) {
                joined.add(longest);
            }
            start = longest == null ? start + 1 : longest.to();
        }
        return joined;
    }

    /** The identifier of the longest run of words from {@code start} on that joins into one, or null. */
    private Joined longestFrom(List<Clause> positive, int start, IndexReader reader) throws IOException {
        for (int n = Math.min(MAX_JOINED, positive.size() - start); n >= 2; n--) {
            List<Clause> run = positive.subList(start, start + n);
            if (run.stream().allMatch(c -> c.type() == Type.WORD && c.occur() == Occur.SHOULD && isIdentifierPart(c.text()))) {
                Map<String, Query> perField = identifier(run.stream().map(Clause::text).toList(), reader);
                if (!perField.isEmpty()) {
                    return new Joined(start, start + n, new DisjunctionMaxQuery(perField.values(), RankingWeights.TIE_BREAKER),
                            perField);
                }
            }
        }
        return null;
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
}
