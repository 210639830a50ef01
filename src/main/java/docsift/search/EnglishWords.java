package docsift.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Common English words ({@code english-words.txt}, SCOWL size 35). A corpus's own vocabulary is small: a word
 * it does not use is taken for a typo of the nearest one it does, and "every five minutes" became "every
 * file minutes", "helm" became "help". A common English word is what the reader meant, so it is never
 * corrected. Loaded once; immutable and thread-safe.
 */
final class EnglishWords {
    private static final String RESOURCE = "/docsift/english-words.txt";
    private static final Set<String> WORDS = load();

    private EnglishWords() {
    }

    /** True for a common English word, in any case. */
    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(EnglishWords.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
