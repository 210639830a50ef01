package docsift.analytics;

import java.util.Locale;

/** How a query is written down for analytics: trimmed, lower-cased, spaces collapsed, at most 200 characters. Stateless. */
public final class Queries {
    /** Longest query kept; longer ones are cut (nobody reads them in a report anyway). */
    public static final int MAX_LENGTH = 200;

    private Queries() {
    }

    /** The normalised query, or the empty string when nothing is left. */
    public static String normalise(String query) {
        if (query == null) {
            return "";
        }
        String text = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text;
    }
}
