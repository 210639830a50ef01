package docsift.search.spell;

import docsift.index.ResourceLines;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words ({@code english-words.txt}, SCOWL size 35). A corpus's own vocabulary is small: a word
 * it does not use is taken for a typo of the nearest one it does, and "every five minutes" became "every
 * file minutes", "helm" became "help". A common English word is what the reader meant, so it is never
 * corrected. Loaded once; immutable and thread-safe.
 */
final class EnglishWords {
    private static final String RESOURCE = "/docsift/english-words.txt";
    private static final Set<String> WORDS = Set.copyOf(ResourceLines.read(EnglishWords.class, RESOURCE));

    private EnglishWords() {
    }

    /** True for a common English word, in any case. */
    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
