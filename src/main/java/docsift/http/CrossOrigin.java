package docsift.http;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which browser calls from other origins are answered, through Javalin's CORS plugin: for the configured
 * origins only ({@code serve --cors-origin} and the site settings' {@code embed.origins}), and only what the
 * embeddable search needs: searching, the words to mark on a landed page, and the scripts and stylesheet a host
 * page loads (module scripts are fetched in CORS mode, so the dialog's modules need the header too). Admin
 * routes never get it; the click beacon needs none (a text/plain sendBeacon is a no-CORS request). Stateless.
 */
final class CrossOrigin {
    /** The paths another origin's page may read. */
    static final List<String> PATHS = List.of("/search", "/api/marks", "/embed/*", "/search-dialog.js",
            "/search-dialog.css", "/hits.js", "/languages.js", "/beacon.js", "/marks.js");

    private CrossOrigin() {
    }

    /**
     * @param corsOrigin   {@code serve --cors-origin}, or null
     * @param embedOrigins the site settings' {@code embed.origins}
     */
    static void configure(JavalinConfig config, String corsOrigin, List<String> embedOrigins) {
        Set<String> all = new LinkedHashSet<>();
        if (corsOrigin != null) {
            all.add(corsOrigin);
        }
        all.addAll(embedOrigins);
        allow(config, List.copyOf(all));
    }

    /** With no origins, no CORS at all: browsers then refuse every cross-origin read, as before. */
    private static void allow(JavalinConfig config, List<String> origins) {
        if (origins.isEmpty()) {
            return;
        }
        String first = origins.getFirst();
        String[] others = origins.subList(1, origins.size()).toArray(String[]::new);
        config.bundledPlugins.enableCors(cors -> {
            for (String path : PATHS) {
                cors.addRule(rule -> {
                    rule.path = path;
                    rule.allowHost(first, others);
                });
            }
        });
    }
}
