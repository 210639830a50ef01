package docsift.markdown;

import java.util.Locale;
import java.util.Set;

/** Decides whether a link or image URL could run script in the reader's browser. Stateless and thread-safe. */
final class SafeUrls {

    /** Schemes that run script or inline active content when followed or loaded, or reach the reader's disk. */
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    private SafeUrls() {
    }

    /**
     * True for {@code javascript:} and friends in any letter case; browsers ignore control characters and
     * whitespace inside the scheme ("java\tscript:"), so those are dropped before looking.
     */
    static boolean isUnsafe(String url) {
        StringBuilder squeezed = new StringBuilder(url.length());
        url.chars().filter(c -> c > ' ').forEach(c -> squeezed.append((char) c));
        String normal = squeezed.toString().toLowerCase(Locale.ROOT);
        int colon = normal.indexOf(':');
        return colon > 0 && UNSAFE_SCHEMES.contains(normal.substring(0, colon));
    }
}
