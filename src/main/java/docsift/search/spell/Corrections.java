package docsift.search.spell;

import docsift.index.Analyzers;
import docsift.index.Fields;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The words of the index a word it does not know was probably meant to be, found among whole words as
 * written (the spelling dictionary and code identifiers) rather than among stems: "serializaton" is two
 * edits from "serialization" but six from its stem "serial". The allowed edits grow with the word's length,
 * so short words are never corrected into noise. Thread-safe: the spell checkers are configured once and
 * only read.
 */
public final class Corrections {
    /** A known word and how similar it is to what was typed (0..1). */
    public record Correction(String word, float similarity) {
    }

    /** At most this many corrections per word: a typo rarely has more than two plausible readings. */
    private static final int MAX_CORRECTIONS = 2;
    private static final List<String> DICTIONARIES = List.of(Fields.SPELL, Fields.CODE);

    private final DirectSpellChecker oneEdit = SpellCheckers.allowing(1);
    private final DirectSpellChecker twoEdits = SpellCheckers.allowing(2);

    /**
     * No edits for words under 4 characters, one up to 8, two beyond (Meilisearch's defaults are alike): two
     * edits in a word of 7 or 8 letters reach other real words ("promises" to "provides"), so an English word
     * the text does not use was taken for a typo of one it does.
     */
    static int maxEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 4 ? 0 : length <= 8 ? 1 : 2;
    }

    private final ViewMemo<String, List<Correction>> memo = new ViewMemo<>(10_000);

    /** The best corrections of {@code word}, most similar first; empty when none is close enough. */
    public List<Correction> of(String word, IndexReader reader) throws IOException {
        return memo.get(reader, word.toLowerCase(Locale.ROOT), lower -> compute(lower, reader));
    }

    private List<Correction> compute(String lower, IndexReader reader) throws IOException {
        int edits = maxEdits(lower);
        if (edits == 0 || EnglishWords.contains(lower)) {
            return List.of();
        }
        Map<String, Float> best = new LinkedHashMap<>();
        for (String field : DICTIONARIES) {
            SuggestWord[] words = (edits == 1 ? oneEdit : twoEdits).suggestSimilar(new Term(field, lower),
                    MAX_CORRECTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            for (SuggestWord suggestion : words) {
                // A stop word is no correction: "bots" is not "both", whatever the edit distance says.
                if (!Analyzers.stopWords().contains(suggestion.string)) {
                    best.merge(suggestion.string, suggestion.score, Math::max);
                }
            }
        }
        List<Correction> corrections = new ArrayList<>();
        best.forEach((w, similarity) -> corrections.add(new Correction(w, similarity)));
        corrections.sort(Comparator.comparing(Correction::similarity).reversed());
        return corrections.subList(0, Math.min(MAX_CORRECTIONS, corrections.size()));
    }
}
