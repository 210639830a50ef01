package docsift.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which browser calls from other origins are answered: for the configured origins only ({@code serve
 * --cors-origin} and the site settings' {@code embed.origins}), and only what the embeddable search needs:
 * searching, the words to mark on a landed page, and the scripts and stylesheet a host page loads (module scripts
 * are fetched in CORS mode, so the dialog's modules need the header too). Admin routes never get it; the click
 * beacon needs none (a text/plain sendBeacon is a no-CORS request). Every read here is a simple GET with no custom
 * header, so browsers send no preflight and none is answered.
 *
 * <p>Not Javalin's bundled CORS plugin: it answers 400 to any {@code Origin} it does not list, and Chromium sends
 * {@code Origin} with docsift's own same-origin module-script loads ({@code /hits.js}, {@code /search-dialog.js}),
 * so configuring one embedding site broke docsift's own pages. Here an origin that is not listed simply gets no
 * CORS header, which is what makes the browser refuse a foreign read; the request itself is served as usual.
 * Immutable.
 */
final class CrossOrigin {
    /** The paths another origin's page may read. */
    static final List<String> PATHS = List.of("/search", "/api/marks", "/embed/*", "/search-dialog.js",
            "/search-dialog.css", "/hits.js", "/languages.js", "/beacon.js", "/marks.js");

    private final Set<String> origins;

    private CrossOrigin(Set<String> origins) {
        this.origins = origins;
    }

    /**
     * @param corsOrigin   {@code serve --cors-origin}, or null
     * @param embedOrigins the site settings' {@code embed.origins}
     */
    static void configure(JavalinConfig config, String corsOrigin, List<String> embedOrigins) {
        Set<String> all = new LinkedHashSet<>();
        if (corsOrigin != null) {
            all.add(normalised(corsOrigin));
        }
        embedOrigins.forEach(origin -> all.add(normalised(origin)));
        if (all.isEmpty()) {
            return; // no CORS at all: browsers then refuse every cross-origin read, as before
        }
        CrossOrigin crossOrigin = new CrossOrigin(Set.copyOf(all));
        for (String path : PATHS) {
            config.routes.before(path, crossOrigin::allowListed);
        }
    }

    private void allowListed(Context ctx) {
        ctx.header(Header.VARY, Header.ORIGIN); // the answer differs by Origin, so shared caches must key on it
        String origin = ctx.header(Header.ORIGIN);
        if (origin != null && origins.contains(normalised(origin))) {
            ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
    }

    /** Origins compare case-insensitively and without a trailing slash ("https://Docs.example.com/"). */
    static String normalised(String origin) {
        String trimmed = origin.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
