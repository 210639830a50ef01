package docsift.index;

import docsift.markdown.Section;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers a section defines, as a reader of reference documentation sees them: the first cell of a table
 * row (Fastify's table of error codes: {@code | FST_ERR_CTP_BODY_TOO_LARGE | The request body is larger ... |}),
 * an explicit HTML anchor ({@code <a id="FSTWRN004">}), the start of a list item that names an option
 * ({@code * listenTextResolver: Set an optional resolver ...}, {@code - `--test-only` specifies ...}) and a heading
 * that is an identifier in code form ({@code ### `bodyLimit`}). A section that defines the identifier a reader
 * pasted is where it is explained; the others mention it. Only identifiers count (an underscore, a dot inside a
 * word, a digit beside letters or a lower-case letter before an upper-case one): a plain word in a table's first
 * cell ("Security") is a label, not a definition. Read from the section's Markdown source, code blocks skipped.
 * Stateless.
 */
public final class DefinedTerms {
    /** The first cell of a table row: {@code | cell |}; the delimiter row has no letters and never passes. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|([^|]+)\\|");
    /** An explicit anchor in raw HTML: {@code <a id="x">} or {@code <a name="x">}. */
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)\\s*=\\s*\"([^\"]+)\"");
    /**
     * The start of a list item that names something: a code span ({@code - `name` ...}) or a word followed by a
     * colon ({@code * name: ...}), bold markers allowed around either.
     */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[-*+]|\\d+[.)])\\s+\\**(?:`([^`]+)`|([^\\s:`*]+)\\**:)");
    /** A heading whose whole text is one code span: {@code ### `bodyLimit`}. */
    private static final Pattern CODE_HEADING = Pattern.compile("^#{1,6}\\s+`([^`]+)`\\s*#*\\s*$");
    /** HTML tags, dropped from a table cell. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A Markdown link, replaced by its text. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private DefinedTerms() {
    }

    /** The identifiers the section defines, each as {@link #term(String)} gives it; empty for most prose. */
    static Set<String> of(Section section) {
        Set<String> terms = new LinkedHashSet<>();
        boolean inFence = false;
        for (String line : section.markdown().split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence) {
                definedOn(line).forEach(text -> term(text).ifPresent(terms::add));
            }
        }
        return terms;
    }

    /** The candidate texts one line of Markdown defines. */
    private static Set<String> definedOn(String line) {
        Set<String> texts = new LinkedHashSet<>();
        Matcher anchors = ANCHOR.matcher(line);
        while (anchors.find()) {
            texts.add(anchors.group(1));
        }
        Matcher row = TABLE_ROW.matcher(line);
        if (row.find()) {
            texts.add(LINK.matcher(TAG.matcher(row.group(1)).replaceAll("")).replaceAll("$1"));
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.find()) {
            texts.add(item.group(1) != null ? item.group(1) : item.group(2));
        }
        Matcher heading = CODE_HEADING.matcher(line);
        if (heading.find()) {
            texts.add(heading.group(1));
        }
        return texts;
    }

    /**
     * The defined-term form of a text, when it is one identifier: lower-cased, code marks and surrounding
     * punctuation removed, an argument list dropped ({@code reply.code(statusCode)} is {@code reply.code}). The
     * query side looks up what a reader typed in the same form. Empty for words, phrases and anything else.
     */
    public static Optional<String> term(String text) {
        String candidate = text.replace("`", "").replace("*", "").strip();
        int arguments = candidate.indexOf('(');
        if (arguments > 0) {
            candidate = candidate.substring(0, arguments);
        }
        candidate = trimPunctuation(candidate);
        if (candidate.length() < 3 || candidate.chars().anyMatch(Character::isWhitespace) || !isIdentifier(candidate)) {
            return Optional.empty();
        }
        return Optional.of(candidate.toLowerCase(Locale.ROOT));
    }

    /** Leading and trailing characters that are neither letters, digits nor underscores ({@code .name}, {@code --flag}). */
    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !isWordChar(text.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * True for an identifier rather than a word: it has a letter and an underscore, a dot between word characters,
     * a digit, or a lower-case letter followed by an upper-case one (camelCase).
     */
    static boolean isIdentifier(String text) {
        boolean letter = false;
        boolean mark = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            letter |= Character.isLetter(c);
            mark |= c == '_' || Character.isDigit(c)
                    || (c == '.' && i > 0 && i + 1 < text.length() && isWordChar(text.charAt(i + 1)))
                    || (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1)));
        }
        return letter && mark;
    }
}
