package docsift.search.rank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Which hits match each of several queries, with each distinct leaf query (a term on a field, a phrase, a prefix)
 * walked once over the hits. A clause's forms (anywhere, in prose, in its own text, as link text only) are
 * disjunctions of the same per-field queries of its words, synonyms and identifiers: walked form by form, each
 * leaf was looked up in every segment once per form that holds it, inside a scorer built for every combination.
 * Here each query is read as a rule over its leaves (the matching rules of {@link BooleanQuery} and
 * {@link DisjunctionMaxQuery}; boosts and constant scores do not change what matches) and evaluated from the
 * leaves' matches, so the answer is the one each query's own walk gives. Stateless.
 */
final class LeafMatches {
    private LeafMatches() {
    }

    /** A query as what it takes to match, given which hits each leaf matches. */
    private sealed interface Rule {
        boolean matches(boolean[][] byLeaf, int hit);
    }

    /** A query walked on its own: the {@code index}th leaf. */
    private record Leaf(int index) implements Rule {
        @Override
        public boolean matches(boolean[][] byLeaf, int hit) {
            return byLeaf[index][hit];
        }
    }

    /** Every required rule, no excluded one, and at least {@code minOptional} of the optional ones. */
    private record Combination(List<Rule> required, List<Rule> excluded, List<Rule> optional, int minOptional)
            implements Rule {
        @Override
        public boolean matches(boolean[][] byLeaf, int hit) {
            for (Rule rule : required) {
                if (!rule.matches(byLeaf, hit)) {
                    return false;
                }
            }
            for (Rule rule : excluded) {
                if (rule.matches(byLeaf, hit)) {
                    return false;
                }
            }
            int matched = 0;
            for (int o = 0; o < optional.size() && matched < minOptional; o++) {
                matched += optional.get(o).matches(byLeaf, hit) ? 1 : 0;
            }
            return matched >= minOptional;
        }
    }

    /**
     * For each query, which hits (by index into {@code hits}) it matches; null for a null query. {@code byDoc} lists
     * the hits' indexes in document order.
     */
    static List<boolean[]> of(IndexSearcher searcher, List<Query> queries, ScoreDoc[] hits, Integer[] byDoc)
            throws IOException {
        Map<Query, Integer> leaves = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>(queries.size());
        for (Query query : queries) {
            rules.add(query == null ? null : rule(query, leaves));
        }
        boolean[][] byLeaf = new boolean[leaves.size()][];
        for (Map.Entry<Query, Integer> leaf : leaves.entrySet()) {
            byLeaf[leaf.getValue()] = Rescorer.matches(searcher, leaf.getKey(), hits, byDoc);
        }
        List<boolean[]> matches = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            matches.add(rule == null ? null : evaluate(rule, byLeaf, hits.length));
        }
        return matches;
    }

    private static boolean[] evaluate(Rule rule, boolean[][] byLeaf, int hits) {
        boolean[] matched = new boolean[hits];
        for (int i = 0; i < hits; i++) {
            matched[i] = rule.matches(byLeaf, i);
        }
        return matched;
    }

    private static Rule rule(Query query, Map<Query, Integer> leaves) {
        return switch (query) {
            case BoostQuery boost -> rule(boost.getQuery(), leaves);
            case ConstantScoreQuery constant -> rule(constant.getQuery(), leaves);
            case DisjunctionMaxQuery dismax -> new Combination(List.of(), List.of(), rules(dismax.getDisjuncts(), leaves), 1);
            case BooleanQuery bool -> rule(bool, leaves);
            default -> new Leaf(leaves.computeIfAbsent(query, q -> leaves.size()));
        };
    }

    /**
     * Lucene's rule: every MUST and FILTER clause, no MUST_NOT clause, and {@code minimumNumberShouldMatch} SHOULD
     * clauses, or one when that is 0 and nothing is required (so only MUST_NOT clauses, or none, match nothing).
     */
    private static Rule rule(BooleanQuery bool, Map<Query, Integer> leaves) {
        List<Rule> required = new ArrayList<>();
        List<Rule> excluded = new ArrayList<>();
        List<Rule> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            Rule rule = rule(clause.query(), leaves);
            switch (clause.occur()) {
                case MUST, FILTER -> required.add(rule);
                case MUST_NOT -> excluded.add(rule);
                case SHOULD -> optional.add(rule);
            }
        }
        int minOptional = bool.getMinimumNumberShouldMatch() > 0 ? bool.getMinimumNumberShouldMatch()
                : required.isEmpty() ? 1 : 0;
        return new Combination(required, excluded, optional, minOptional);
    }

    private static List<Rule> rules(Collection<Query> queries, Map<Query, Integer> leaves) {
        List<Rule> rules = new ArrayList<>(queries.size());
        for (Query query : queries) {
            rules.add(rule(query, leaves));
        }
        return rules;
    }
}
