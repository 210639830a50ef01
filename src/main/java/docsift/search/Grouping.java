package docsift.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are listed: each section on its own, or grouped under their page. */
public enum Grouping {
    /** A ranked list of sections; paging counts sections. */
    NONE,
    /** Pages in the order of their best section, each with its best sections under it; paging counts pages. */
    PAGE;

    /** The value as given in the API: lower case. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping whose {@link #value()} this is, exactly; empty for any other text. */
    public static Optional<Grouping> of(String value) {
        return Arrays.stream(values()).filter(g -> g.value().equals(value)).findFirst();
    }
}
