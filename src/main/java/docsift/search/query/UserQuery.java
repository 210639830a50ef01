package docsift.search.query;

import java.util.List;
import java.util.Objects;

/**
 * A search-box query after parsing: its clauses in the order typed. Immutable.
 *
 * @param clauses      words, phrases and prefixes, each required, optional or excluded
 * @param lastWordOpen true when the input ends inside its last clause, a plain word: the reader may still be
 *                     typing it ("middlew"), so a word the index does not know is also completed
 */
public record UserQuery(List<Clause> clauses, boolean lastWordOpen) {
    /** How a clause takes part in matching. */
    public enum Occur { SHOULD, MUST, MUST_NOT }

    /** What a clause is. */
    public enum Type { WORD, PHRASE, PREFIX }

    /**
     * One clause.
     *
     * @param type  word, "quoted phrase" or prefix*
     * @param text  the text as typed, without quotes, operators or the trailing '*'
     * @param occur SHOULD for plain words; MUST after '+' or around AND; MUST_NOT after '-'
     */
    public record Clause(Type type, String text, Occur occur) {
        public Clause {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(occur, "occur");
        }

        Clause withOccur(Occur newOccur) {
            return new Clause(type, text, newOccur);
        }
    }

    public UserQuery {
        clauses = List.copyOf(clauses);
    }

    /** A query whose last word is complete. */
    public UserQuery(List<Clause> clauses) {
        this(clauses, false);
    }

    /** Clauses that add to the score (everything but exclusions). */
    public List<Clause> positive() {
        return clauses.stream().filter(c -> c.occur() != Occur.MUST_NOT).toList();
    }

    /** Excluded clauses. */
    public List<Clause> negative() {
        return clauses.stream().filter(c -> c.occur() == Occur.MUST_NOT).toList();
    }

    /** The plain words among the positive clauses, as typed. */
    public List<String> words() {
        return positive().stream().filter(c -> c.type() == Type.WORD).map(Clause::text).toList();
    }
}
