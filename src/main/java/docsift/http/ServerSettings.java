package docsift.http;

import java.nio.file.Path;

/**
 * How the HTTP server is set up. Immutable.
 *
 * @param host       interface to listen on
 * @param port       port, or 0 for any free one
 * @param webDir     folder of the static front end
 * @param adminToken bearer token that allows admin calls from anywhere, or null (loopback only)
 * @param corsOrigin origin allowed to call {@code GET /search} from a browser, or null (CORS off)
 * @param maxThreads upper bound of request threads; further requests queue (boundedly)
 */
public record ServerSettings(String host, int port, Path webDir, String adminToken, String corsOrigin, int maxThreads) {
    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        if (maxThreads < 4) {
            throw new IllegalArgumentException("maxThreads must be at least 4");
        }
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        corsOrigin = corsOrigin == null || corsOrigin.isBlank() ? null : corsOrigin;
    }
}
