package docsift.search;

import docsift.index.Fields;
import docsift.search.UserQuery.Clause;
import docsift.search.UserQuery.Type;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word the index does not know by the closest word it does know, using
 * Lucene's {@link DirectSpellChecker} over the unstemmed {@link Fields#SPELL} dictionary (no side index
 * to keep in step). Thread-safe: the spell checker is configured once and only read afterwards.
 */
final class Suggester {
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Suggester() {
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        checker.setAccuracy(0.6f);
    }

    /** The query with misspelt words corrected, or null when every word is known or none can be fixed. */
    String suggest(String original, UserQuery query, IndexReader reader) throws IOException {
        String suggestion = original;
        boolean changed = false;
        for (Clause clause : query.positive()) {
            if (clause.type() != Type.WORD) {
                continue;
            }
            String word = clause.text().toLowerCase(Locale.ROOT);
            String better = correction(word, reader);
            if (better != null) {
                suggestion = replaceWord(suggestion, clause.text(), better);
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }

    private String correction(String word, IndexReader reader) throws IOException {
        if (!word.chars().allMatch(Character::isLetter) || known(word, reader)) {
            return null;
        }
        SuggestWord[] words = checker.suggestSimilar(new Term(Fields.SPELL, word), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return words.length == 0 ? null : words[0].string;
    }

    private static boolean known(String word, IndexReader reader) throws IOException {
        return reader.docFreq(new Term(Fields.SPELL, word)) > 0 || reader.docFreq(new Term(Fields.CODE, word)) > 0;
    }

    private static String replaceWord(String text, String word, String replacement) {
        int at = text.indexOf(word);
        return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + word.length());
    }
}
