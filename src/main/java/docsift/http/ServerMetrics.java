package docsift.http;

import docsift.metrics.Metrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;

/**
 * Connects the HTTP server to docsift's meters: every request timed by route and status, {@code GET /metrics}
 * for admins (it tells how the service is used).
 * Stateless.
 */
final class ServerMetrics {
    /** Route tag of requests that matched no route: static files of the front end. */
    static final String STATIC = "static";
    /** Route tag of requests that matched nothing at all. */
    static final String UNMATCHED = "unmatched";

    private ServerMetrics() {
    }

    static void configure(JavalinConfig config, Metrics metrics) {
        config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(),
                Duration.ofNanos(Math.round(ms * 1_000_000.0))));
        config.routes.get("/metrics", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape());
        }, AdminAccess.Role.ADMIN);
    }

    /** The route pattern ({@code /api/sections/<id>}), so raw paths never become tags without bound. */
    private static String route(Context ctx) {
        Endpoint endpoint;
        try {
            endpoint = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            endpoint = null;
        }
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.statusCode() == 404 ? UNMATCHED : STATIC;
    }
}
