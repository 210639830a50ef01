package docsift.search.highlight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a query that can match in one field, for highlighting a hit that is known to match the whole
 * query. Required clauses become optional (the hit already satisfies them) and excluded ones are dropped (they
 * never produce matches), so the projection yields exactly the matches the whole query has in that field.
 * The highlighter asks every hit for matches once per field; profiling showed that evaluating all six fields'
 * clauses each time was the largest single cost of a search. Sloppy phrases (the proximity bonus) are left
 * out: marked as one span, "lock ... row" marked the words between, "lock on the selected rows", which the
 * reader did not ask for; their words are marked by their own clauses. Stateless.
 */
final class FieldProjection {
    private FieldProjection() {
    }

    /** The query's part on {@code field}, or null when no part of it is on that field. */
    static Query onto(Query query, String field) {
        return switch (query) {
            case BoostQuery boost -> boost(onto(boost.getQuery(), field), boost.getBoost());
            case DisjunctionMaxQuery dismax -> dismax(dismax, field);
            case BooleanQuery bool -> bool(bool, field);
            case PhraseQuery phrase when phrase.getSlop() > 0 -> null;
            case MultiPhraseQuery phrase when phrase.getSlop() > 0 -> null;
            default -> fieldsOf(query).contains(field) ? query : null;
        };
    }

    private static Query boost(Query inner, float boost) {
        return inner == null ? null : new BoostQuery(inner, boost);
    }

    private static Query dismax(DisjunctionMaxQuery dismax, String field) {
        List<Query> parts = new ArrayList<>();
        for (Query disjunct : dismax.getDisjuncts()) {
            Query part = onto(disjunct, field);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : new DisjunctionMaxQuery(parts, dismax.getTieBreakerMultiplier());
    }

    private static Query bool(BooleanQuery bool, String field) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean any = false;
        for (BooleanClause clause : bool.clauses()) {
            Query part = clause.isProhibited() ? null : onto(clause.query(), field);
            if (part != null) {
                builder.add(part, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? builder.build() : null;
    }

    /** Every field a leaf query reads. */
    private static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String name) {
                fields.add(name);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
