package docsift.search.query;

import docsift.index.IrregularFormFilter;
import docsift.index.ResourceLines;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups of words that mean the same thing in software documentation ("delete", "remove", "purge"), from the
 * curated {@code synonyms.txt}: a reader asking how rows are "removed" is answered by the section on when
 * they are "deleted". A typed word belongs to a group through its inflections ("removed", "removing"), not
 * its stem: Porter gives "generate", "general", "generic" and "generator" one stem, "setting" the stem of
 * "set" and "customize" that of "customer", so matching stems offered "create" for a Python generator and
 * "configuration" for a set. The synonyms themselves are searched by stem ({@link SynonymQueries}), so a
 * question about looping still finds "iterable". Immutable and thread-safe.
 */
public final class Synonyms {
    private static final String RESOURCE = "/docsift/synonyms.txt";

    /** An inflected form of a group word to the words of its groups, as written in the file. */
    private final Map<String, Set<String>> groupsByForm = new HashMap<>();
    /** The inflected forms of each word of the file. */
    private final Map<String, Set<String>> formsOfGroupWords = new HashMap<>();

    public Synonyms() {
        for (List<String> group : read()) {
            for (String word : group) {
                formsOfGroupWords.put(word, inflections(word));
                for (String form : formsOfGroupWords.get(word)) {
                    groupsByForm.computeIfAbsent(form, f -> new LinkedHashSet<>()).addAll(group);
                }
            }
        }
    }

    /** The other words of the groups {@code word} belongs to; empty when it is in none. */
    public List<String> of(String word) {
        String typed = word.toLowerCase(Locale.ROOT);
        String base = IrregularFormFilter.baseOf(typed);
        Set<String> others = new LinkedHashSet<>(groupsByForm.getOrDefault(typed, Set.of()));
        if (base != null) {
            others.addAll(groupsByForm.getOrDefault(base, Set.of()));
        }
        others.removeIf(other -> formsOfGroupWords.get(other).contains(typed)
                || formsOfGroupWords.get(other).contains(base));
        return List.copyOf(others);
    }

    /**
     * A word and its regular inflections: plural and third person, past, present participle, with a final
     * "e" dropped, "y" made "ie" and a final consonant doubled. Over-generated on purpose ("lists" and
     * "listted" alike): a form that is not a word is never typed and never indexed, so it costs nothing.
     */
    static Set<String> inflections(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (String ending : List.of("s", "es", "d", "ed", "ing")) {
            forms.add(word + ending);
        }
        int last = word.length() - 1;
        if (last > 0 && word.charAt(last) == 'e') {
            forms.add(word.substring(0, last) + "ing");
        }
        if (last > 0 && word.charAt(last) == 'y' && !isVowel(word.charAt(last - 1))) {
            forms.add(word.substring(0, last) + "ies");
            forms.add(word.substring(0, last) + "ied");
        }
        if (last > 0 && !isVowel(word.charAt(last)) && "wxy".indexOf(word.charAt(last)) < 0) {
            forms.add(word + word.charAt(last) + "ed");
            forms.add(word + word.charAt(last) + "ing");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static List<List<String>> read() {
        return ResourceLines.read(Synonyms.class, RESOURCE).stream()
                .map(group -> List.of(group.split("\\s+"))).toList();
    }
}
