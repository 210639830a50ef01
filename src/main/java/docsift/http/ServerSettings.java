package docsift.http;

import java.nio.file.Path;
import java.util.List;

/**
 * How the HTTP server is set up. Immutable.
 *
 * @param host           interface to listen on
 * @param port           port, or 0 for any free one
 * @param webDir         folder of the static front end, or null for the copy inside the jar (classpath
 *                       {@code web/})
 * @param adminToken     bearer token every admin call must present, or null (then admin calls are taken from
 *                       this machine only, and never from a cross-site browser request)
 * @param corsOrigin     origin allowed to call {@code GET /search} from a browser, or null (CORS off)
 * @param maxThreads     upper bound of request threads; further requests queue (boundedly)
 * @param cacheSize      how many /search answers to keep for repeated requests (0 = no cache)
 * @param allowedHosts   host names (besides loopback names and IP addresses) that requests may name in their
 *                       {@code Host} header; others are refused, against DNS rebinding
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For}/{@code Forwarded} headers
 *                       are believed; a client reached through one is never a loopback caller
 * @param searches       how many searches run at once and how many wait (see {@link SearchAdmission})
 */
public record ServerSettings(String host, int port, Path webDir, String adminToken, String corsOrigin, int maxThreads,
                             int cacheSize, List<String> allowedHosts, List<String> trustedProxies,
                             SearchAdmission.Limits searches) {
    /** Default number of cached /search answers: a few MB at most. */
    public static final int DEFAULT_CACHE_SIZE = 2048;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be 0 or more");
        }
        if (maxThreads < 4) {
            throw new IllegalArgumentException("maxThreads must be at least 4");
        }
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
        corsOrigin = corsOrigin == null || corsOrigin.isBlank() ? null : corsOrigin;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        searches = searches == null ? SearchAdmission.Limits.DEFAULT : searches;
    }

    /** Settings with the default cache size, no extra host names, no proxies and the default search limits. */
    public ServerSettings(String host, int port, Path webDir, String adminToken, String corsOrigin, int maxThreads) {
        this(host, port, webDir, adminToken, corsOrigin, maxThreads, DEFAULT_CACHE_SIZE);
    }

    /** Settings with no extra host names, no proxies and the default search limits. */
    public ServerSettings(String host, int port, Path webDir, String adminToken, String corsOrigin, int maxThreads,
                          int cacheSize) {
        this(host, port, webDir, adminToken, corsOrigin, maxThreads, cacheSize, List.of(), List.of(), null);
    }

    /** These settings answering to these host names too. */
    public ServerSettings withAllowedHosts(List<String> names) {
        return new ServerSettings(host, port, webDir, adminToken, corsOrigin, maxThreads, cacheSize, names,
                trustedProxies, searches);
    }

    /** These settings believing the forwarding headers of these proxy addresses. */
    public ServerSettings withTrustedProxies(List<String> addresses) {
        return new ServerSettings(host, port, webDir, adminToken, corsOrigin, maxThreads, cacheSize, allowedHosts,
                addresses, searches);
    }

    /** These settings with these search limits. */
    public ServerSettings withSearches(SearchAdmission.Limits limits) {
        return new ServerSettings(host, port, webDir, adminToken, corsOrigin, maxThreads, cacheSize, allowedHosts,
                trustedProxies, limits);
    }
}
