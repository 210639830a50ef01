package docsift.search.query;

import docsift.search.query.UserQuery.Clause;
import docsift.search.query.UserQuery.Occur;
import docsift.search.query.UserQuery.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses what people type into a search box: plain words, "quoted phrases", {@code -excluded},
 * {@code +required}, {@code a | b} or {@code a OR b}, {@code a AND b}, and {@code prefix*}. It never
 * throws: anything malformed (an unclosed quote, stray brackets, Lucene syntax such as {@code field:} or
 * {@code ^2}) degrades to literal words, which the analyzers then split as they split indexed text.
 * Stateless and thread-safe.
 */
public final class UserQueryParser {
    private UserQueryParser() {
    }

    /** Parses {@code text}; an empty or operator-only input gives a query with no clauses. */
    public static UserQuery parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        Scanner scanner = new Scanner(text);
        boolean andPending = false;
        while (scanner.skipSpace()) {
            Occur occur = scanner.prefixOperator();
            Clause clause = scanner.clause(occur);
            if (clause == null) {
                continue;
            }
            if (clause.type() == Type.WORD && clause.occur() == Occur.SHOULD && isOperatorWord(clause.text())) {
                andPending |= clause.text().equals("AND") && !clauses.isEmpty();
                continue;
            }
            if (andPending) {
                clauses.add(required(clauses.removeLast()));
                clause = required(clause);
                andPending = false;
            }
            clauses.add(clause);
        }
        return new UserQuery(clauses, endsInWord(text, clauses));
    }

    /** True when the input's last characters are its last clause, a plain word not excluded: no space after it. */
    private static boolean endsInWord(String text, List<Clause> clauses) {
        if (clauses.isEmpty() || text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        Clause last = clauses.getLast();
        return last.type() == Type.WORD && last.occur() != Occur.MUST_NOT && text.endsWith(last.text());
    }

    /** An optional clause becomes required; exclusions stay exclusions. */
    private static Clause required(Clause clause) {
        return clause.occur() == Occur.SHOULD ? clause.withOccur(Occur.MUST) : clause;
    }

    /** OR (any case as typed in capitals) and '|' are the default; AND makes its neighbours required. */
    private static boolean isOperatorWord(String word) {
        return word.equals("OR") || word.equals("AND") || word.equals("|") || word.equals("||")
                || word.equals("&&");
    }

    /** Reads the input left to right; each method consumes what it recognises. */
    private static final class Scanner {
        private final String text;
        private int pos;

        Scanner(String text) {
            this.text = text;
        }

        /** Skips separators; false at the end of the input. */
        boolean skipSpace() {
            while (pos < text.length() && isSeparator(text.charAt(pos))) {
                pos++;
            }
            return pos < text.length();
        }

        /** Brackets and whitespace only separate: grouping adds nothing to OR-by-default ranking. */
        private static boolean isSeparator(char c) {
            return Character.isWhitespace(c) || Character.isISOControl(c) || c == '(' || c == ')'
                    || c == '[' || c == ']' || c == '{' || c == '}';
        }

        Occur prefixOperator() {
            char c = text.charAt(pos);
            if ((c == '-' || c == '+' || c == '!') && pos + 1 < text.length() && !isSeparator(text.charAt(pos + 1))
                    && !(c == '-' && isCommandLineOption())) {
                pos++;
                return c == '+' ? Occur.MUST : Occur.MUST_NOT;
            }
            return Occur.SHOULD;
        }

        /**
         * True at a command-line option rather than an exclusion: {@code --upgrade}, or a dash and one character
         * ({@code -e}, {@code -r}). "pip install --upgrade" excluded every section that says "upgrade", the one
         * that answers it first; excluding a single letter never means anything.
         */
        private boolean isCommandLineOption() {
            if (text.charAt(pos + 1) == '-') {
                return true;
            }
            return pos + 2 >= text.length() || isSeparator(text.charAt(pos + 2));
        }

        Clause clause(Occur occur) {
            if (pos >= text.length()) {
                return null;
            }
            if (text.charAt(pos) == '"') {
                return phrase(occur);
            }
            int start = pos;
            while (pos < text.length() && !isSeparator(text.charAt(pos)) && text.charAt(pos) != '"') {
                pos++;
            }
            String word = text.substring(start, pos);
            if (word.length() > 1 && word.endsWith("*") && !word.substring(0, word.length() - 1).contains("*")) {
                return new Clause(Type.PREFIX, word.substring(0, word.length() - 1), occur);
            }
            return new Clause(Type.WORD, word, occur);
        }

        /** A quoted phrase; an unclosed quote runs to the end of the input. */
        private Clause phrase(Occur occur) {
            int start = ++pos;
            int end = text.indexOf('"', start);
            pos = end < 0 ? text.length() : end + 1;
            String inside = text.substring(start, end < 0 ? text.length() : end).strip();
            return inside.isEmpty() ? null : new Clause(Type.PHRASE, inside, occur);
        }
    }
}
