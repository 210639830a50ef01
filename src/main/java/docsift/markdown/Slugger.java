package docsift.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns heading texts into GitHub-compatible anchors, unique within one document ("use-cases", then
 * "use-cases-1"). Not thread-safe: it remembers the anchors handed out, so use one instance per document.
 */
public final class Slugger {

    /** GitHub keeps letters, marks, numbers, connector punctuation ('_'), spaces and hyphens. */
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    /**
     * The longest anchor, in characters: a heading of a whole paragraph would otherwise give an anchor (and a
     * section id) past the 32 KB a Lucene term may have, and the article could not be indexed at all.
     */
    static final int MAX_LENGTH = 200;

    /** Used when nothing of a heading survives, because the empty anchor is reserved for the lead section. */
    static final String EMPTY_FALLBACK = "section";

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor for {@code headingText}, made unique against every anchor this slugger returned before. */
    public String slug(String headingText) {
        return unique(base(headingText));
    }

    /** An anchor the author gave the heading ({@code {#first-steps}}), kept as written, made unique alike. */
    public String explicit(String id) {
        return unique(shortened(id));
    }

    private String unique(String base) {
        String result = base;
        while (occurrences.containsKey(result)) {
            // Same walk as github-slugger: bump the base's counter until the suffixed slug is free.
            int next = occurrences.merge(base, 1, Integer::sum);
            result = base + "-" + next;
        }
        occurrences.put(result, 0);
        return result;
    }

    /** At most {@link #MAX_LENGTH} characters, never ending inside a surrogate pair. */
    private static String shortened(String anchor) {
        if (anchor.length() <= MAX_LENGTH) {
            return anchor;
        }
        int end = Character.isLowSurrogate(anchor.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return anchor.substring(0, end);
    }

    /** The anchor before uniqueness is applied. */
    public static String base(String headingText) {
        String lower = headingText.toLowerCase(Locale.ROOT);
        String slug = shortened(REMOVED.matcher(lower).replaceAll("").replace(' ', '-'));
        return slug.isEmpty() ? EMPTY_FALLBACK : slug;
    }
}
