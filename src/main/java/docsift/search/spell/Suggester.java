package docsift.search.spell;

import docsift.index.Analyzers;
import docsift.index.Fields;
import docsift.search.rank.FieldWeights;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each word the index does not know by the closest word it does know, using
 * Lucene's {@link DirectSpellChecker} over the unstemmed {@link Fields#SPELL} dictionary (no side index
 * to keep in step). A word is known when it matches in any searchable field once analysed, so another form
 * of an indexed word ("relation" beside "relational") and a stop word ("would") are never corrected.
 * Thread-safe: the spell checker is configured once and only read afterwards.
 */
public final class Suggester {
    /** A snake_case or dotted identifier, as code spells one. */
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");
    /** Candidates weighed per word: the fewest edits win, then the most frequent word. */
    private static final int CANDIDATES = 5;

    private final DirectSpellChecker checker = SpellCheckers.allowing(2);
    private final Analyzer queryAnalyzer;

    public Suggester(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
    }

    /** Corrections already worked out on the current view of the index, by word. */
    private final ViewMemo<String, String> memo = new ViewMemo<>(10_000);

    /**
     * The query with misspelt words corrected, or null when every word is known or none can be fixed.
     *
     * @param original the query as typed
     * @param words    its plain words (not phrases, prefixes or excluded words), as typed
     */
    public String suggest(String original, List<String> words, IndexReader reader) throws IOException {
        String suggestion = original;
        boolean changed = false;
        for (String typed : words) {
            String better = correction(typed.toLowerCase(Locale.ROOT), reader);
            if (better != null) {
                suggestion = replaceWord(suggestion, typed, better);
                changed = true;
            }
        }
        return changed ? suggestion : null;
    }

    private String correction(String word, IndexReader reader) throws IOException {
        return memo.get(reader, word, w -> compute(w, reader));
    }

    private String compute(String word, IndexReader reader) throws IOException {
        boolean plainWord = word.chars().allMatch(Character::isLetter);
        if (!(plainWord || IDENTIFIER.matcher(word).matches()) || known(word, reader)
                || (plainWord && EnglishWords.contains(word))) {
            return null;
        }
        // Identifiers ("selct_for_update") are corrected against the code's own, as the search does.
        String dictionary = plainWord ? Fields.SPELL : Fields.CODE;
        SuggestWord[] words = checker.suggestSimilar(new Term(dictionary, word), CANDIDATES, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        // The same budget of edits as the search's own corrections: two edits turn many an English word the
        // text does not use into one it does ("entries" into "entire"), which is no typo to point out.
        int allowed = Corrections.maxEdits(word);
        // A stop word is no correction: the search drops it ("dont" is no typo of "don't" worth pointing out).
        return Arrays.stream(words)
                .filter(w -> edits(word, w.string) <= allowed && !Analyzers.stopWords().contains(w.string))
                .min(Comparator.comparingInt((SuggestWord w) -> edits(word, w.string)).thenComparing(w -> -w.freq))
                .map(w -> w.string).orElse(null);
    }

    /**
     * True when the word, analysed as each searchable field analyses it, matches there, or when the English
     * analysis drops it as a stop word: either way there is nothing to correct.
     */
    private boolean known(String word, IndexReader reader) throws IOException {
        boolean stopWord = true;
        for (String field : FieldWeights.BOOSTS.keySet()) {
            try (TokenStream tokens = queryAnalyzer.tokenStream(field, word)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    stopWord &= Fields.isCode(field);
                    if (reader.docFreq(new Term(field, term.toString())) > 0) {
                        return true;
                    }
                }
                tokens.end();
            }
        }
        return stopWord;
    }

    /** Edits between two words (see {@link SpellCheckers#edits}). */
    public static int edits(String a, String b) {
        return SpellCheckers.edits(a, b);
    }

    private static String replaceWord(String text, String word, String replacement) {
        int at = text.indexOf(word);
        return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + word.length());
    }
}
