package docsift.search.spell;

import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * The one set-up of Lucene's {@link DirectSpellChecker} that corrections and "did you mean" share, and the edit
 * distance both count with. Stateless.
 */
final class SpellCheckers {
    /** Words shorter than this are never corrected: too many other words are one or two edits away. */
    private static final int MIN_QUERY_LENGTH = 4;
    /** Least similarity of a correction (Lucene's Levenshtein similarity, 1 = equal). */
    private static final float ACCURACY = 0.6f;
    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    private SpellCheckers() {
    }

    /** A spell checker that allows up to {@code maxEdits} edits; thread-safe once configured, as it is here. */
    static DirectSpellChecker allowing(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        // Typos in the first letter are rare; requiring it keeps unrelated words out.
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_QUERY_LENGTH);
        checker.setAccuracy(ACCURACY);
        return checker;
    }

    /**
     * Edits (insertions, deletions, substitutions, adjacent transpositions) between two words: Lucene's
     * Levenshtein distance, the one its spell checker and fuzzy queries count with. It returns a similarity,
     * 1 minus the edits divided by the shorter word's length in code points, so the edits are read back from it.
     */
    static int edits(String a, String b) {
        int shorter = Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        if (shorter == 0) {
            return Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        }
        return Math.round((1 - DISTANCE.getDistance(a, b)) * shorter);
    }
}
