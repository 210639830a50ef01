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
    /** An acronym in brackets: where a long form may end. */
    private static final Pattern BRACKETED = Pattern.compile("\\(" + ABBR + "\\)");
    /** At most this many words make a long form before an acronym in brackets. */
    private static final int MAX_WORDS = 8;
    /** An acronym, then up to eight words in brackets. */
    private static final Pattern SHORT_THEN_LONG = Pattern.compile(ABBR + ":?\\s+\\(([\\p{L}\\p{N}\\s/*_-]{3,100})\\)");
    /**
     * How far before a bracket an acronym followed by it may start. The acronym is at most 14 characters with
     * its markup; the rest allows for a colon and spaces.
     */
    private static final int SHORT_BEFORE_BRACKET = 48;
    /** The brackets and the at most 100 characters of a long form between them. */
    private static final int LONGEST_BRACKETED = 102;
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "the", "to", "in", "on", "a", "an", "&");

    private Acronyms() {
    }

    /** Every acronym the text defines, in order of first definition, without repeats. */
    public static List<Acronym> find(String text) {
        Set<Acronym> found = new LinkedHashSet<>();
        // Both forms are looked for only around brackets: a pattern tried at every position of the text took
        // a third of all indexing time on a large corpus, though few positions are near a bracket.
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            int start = wordsBefore(text, bracketed.start());
            if (start >= 0) {
                String shortForm = bracketed.group(1);
                add(found, shortForm, longFormEndingAt(words(text.substring(start, bracketed.start())), shortForm));
            }
        }
        Matcher shortFirst = SHORT_THEN_LONG.matcher(text);
        int searched = 0;
        for (int bracket = text.indexOf('('); bracket >= 0; bracket = text.indexOf('(', bracket + 1)) {
            if (bracket < searched || bracket == 0 || !isSpace(text.charAt(bracket - 1))) {
                continue;
            }
            shortFirst.region(Math.max(searched, bracket - SHORT_BEFORE_BRACKET),
                    Math.min(text.length(), bracket + LONGEST_BRACKETED));
            while (shortFirst.find() && shortFirst.start(2) <= bracket + 1) {
                if (shortFirst.start(2) == bracket + 1) {
                    searched = shortFirst.end();
                    List<String> words = words(shortFirst.group(2));
                    if (spells(words, shortFirst.group(1))) {
                        add(found, shortFirst.group(1), words);
                    }
                    break;
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Where the run of one to {@link #MAX_WORDS} words, each followed by spaces, slashes or hyphens, that ends
     * right before {@code bracket} starts (the farthest such start); -1 when no word ends there.
     */
    private static int wordsBefore(String text, int bracket) {
        int start = -1;
        int at = bracket;
        for (int words = 0; words < MAX_WORDS; words++) {
            int separatorsEnd = at;
            while (at > 0 && isSeparator(text.charAt(at - 1))) {
                at--;
            }
            int wordEnd = at;
            while (at > 0 && isWordChar(text.codePointBefore(at))) {
                at -= Character.charCount(text.codePointBefore(at));
            }
            if (wordEnd == separatorsEnd || at == wordEnd) {
                break;
            }
            start = at;
        }
        return start;
    }

    private static boolean isSeparator(char c) {
        return isSpace(c) || c == '/' || c == '-';
    }

    /** What {@code \s} matches in a Java regex: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What the regex class {@code [\p{L}\p{N}*_]} matches. */
    private static boolean isWordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || codePoint == '*' || codePoint == '_';
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
