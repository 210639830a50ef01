package docsift.http;

import java.nio.file.Path;

/**
 * How the HTTP server is set up. Immutable.
 *
 * @param host       interface to listen on
 * @param port       port, or 0 for any free one
 * @param webDir     folder of the static front end, or null for the copy inside the jar (classpath {@code web/})
 * @param adminToken bearer token that allows admin calls from anywhere, or null (loopback only)
 * @param corsOrigin origin allowed to call {@code GET /search} from a browser, or null (CORS off)
 * @param maxThreads upper bound of request threads; further requests queue (boundedly)
 * @param cacheSize  how many /search answers to keep for repeated requests (0 = no cache)
 */
public record ServerSettings(String host, int port, Path webDir, String adminToken, String corsOrigin, int maxThreads,
                             int cacheSize) {
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
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        corsOrigin = corsOrigin == null || corsOrigin.isBlank() ? null : corsOrigin;
    }

    /** Settings with the default cache size. */
    public ServerSettings(String host, int port, Path webDir, String adminToken, String corsOrigin, int maxThreads) {
        this(host, port, webDir, adminToken, corsOrigin, maxThreads, DEFAULT_CACHE_SIZE);
    }
}
