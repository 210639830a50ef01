package docsift.eval;

import java.util.Map;
import java.util.Objects;

/**
 * One judged query: what a user types, which kind of asking it stands for, and how relevant each section is.
 * Immutable.
 *
 * @param q    the query as typed (phrase queries keep their quotes)
 * @param kind keyword, question, code, usecase, typo, morph, phrase, acronym or none
 * @param rel  judged key (a heading, or {@code "Parent > heading"}) to grade: 2 = the best answer, 1 = also
 *             relevant; empty for {@code none} queries, which the article does not answer
 */
public record JudgedQuery(String q, String kind, Map<String, Integer> rel) {
    /** The kind of queries the article cannot answer: the right response is no confident hit. */
    public static final String NONE = "none";

    public JudgedQuery {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(kind, "kind");
        rel = Map.copyOf(rel == null ? Map.of() : rel);
        if (rel.values().stream().anyMatch(grade -> grade < 1 || grade > 2)) {
            throw new IllegalArgumentException("grades are 1 or 2: " + q);
        }
    }

    /** True when the article does not answer this query. */
    public boolean isNone() {
        return rel.isEmpty();
    }

    /** The grade of a judged key, 0 when the key is not judged. */
    public int grade(String key) {
        return rel.getOrDefault(key, 0);
    }

    /** Keys of grade 2: the best answers. */
    public java.util.List<String> bestKeys() {
        return rel.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).sorted().toList();
    }
}
