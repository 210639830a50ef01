package docsift.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a text spells out, in either order: "Long Form (ABBR)" as in "object-oriented
 * programming (OOP)", and "ABBR (Long Form)" as in "ORM (Object-Relational Mapping)". The long form must
 * start its words with the acronym's letters in order (small words such as "of" may sit between), so a
 * bracketed remark that merely follows a capitalised word is not taken for a definition. Stateless and
 * thread-safe.
 */
public final class Acronyms {
    /** An acronym and what it stands for, both lower case, the long form single-spaced without hyphens. */
    public record Acronym(String shortForm, String longForm) {
        /** The indexed form of the pair, {@code short + SEPARATOR + long}. */
        public String term() {
            return shortForm + SEPARATOR + longForm;
        }

        /** The pair an indexed term stands for. */
        public static Acronym ofTerm(String term) {
            int at = term.indexOf(SEPARATOR);
            return new Acronym(term.substring(0, at), term.substring(at + 1));
        }
    }

    /** Separates the two forms in an indexed term; never part of either. */
    public static final char SEPARATOR = '\u001f';

    private static final String ABBR = "\\**_?([A-Z][A-Za-z0-9]{1,7})_?\\**";
    /** Up to eight words, then an acronym in brackets. */
    private static final Pattern LONG_THEN_SHORT = Pattern.compile("((?:[\\p{L}\\p{N}*_]+[\\s/-]+){1,8})\\(" + ABBR + "\\)");
    /** An acronym, then up to eight words in brackets. */
    private static final Pattern SHORT_THEN_LONG = Pattern.compile(ABBR + ":?\\s+\\(([\\p{L}\\p{N}\\s/*_-]{3,100})\\)");
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "the", "to", "in", "on", "a", "an", "&");

    private Acronyms() {
    }

    /** Every acronym the text defines, in order of first definition, without repeats. */
    public static List<Acronym> find(String text) {
        Set<Acronym> found = new LinkedHashSet<>();
        Matcher longFirst = LONG_THEN_SHORT.matcher(text);
        while (longFirst.find()) {
            add(found, longFirst.group(2), longFormEndingAt(words(longFirst.group(1)), longFirst.group(2)));
        }
        Matcher shortFirst = SHORT_THEN_LONG.matcher(text);
        while (shortFirst.find()) {
            List<String> words = words(shortFirst.group(2));
            if (spells(words, shortFirst.group(1))) {
                add(found, shortFirst.group(1), words);
            }
        }
        return new ArrayList<>(found);
    }

    private static void add(Set<Acronym> found, String shortForm, List<String> longWords) {
        if (longWords != null && uppercaseLetters(shortForm) >= 2) {
            found.add(new Acronym(shortForm.toLowerCase(Locale.ROOT), String.join(" ", longWords)));
        }
    }

    private static int uppercaseLetters(String s) {
        return (int) s.chars().filter(Character::isUpperCase).count();
    }

    /** Lower-case words, markup and hyphens removed: "**Object-Relational**" gives object, relational. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.replace("*", "").replace("_", " ").toLowerCase(Locale.ROOT).split("[\\s/-]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The shortest run of words ending the list whose initials spell the acronym, or null. */
    private static List<String> longFormEndingAt(List<String> words, String shortForm) {
        String letters = shortForm.toLowerCase(Locale.ROOT);
        int next = letters.length() - 1;
        int start = words.size();
        while (next >= 0 && start > 0) {
            String word = words.get(--start);
            if (word.charAt(0) == letters.charAt(next)) {
                next--;
            } else if (!SMALL_WORDS.contains(word)) {
                return null;
            }
        }
        return next < 0 ? List.copyOf(words.subList(start, words.size())) : null;
    }

    /** True when the words' initials, small words skipped where they do not fit, spell the acronym. */
    private static boolean spells(List<String> words, String shortForm) {
        List<String> found = longFormEndingAt(words, shortForm);
        return found != null && found.size() == words.size();
    }
}
