package docsift.http;

import docsift.replica.Primary;
import docsift.search.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * The primary's replication endpoints, admin-only like {@code /api/reindex} (loopback, or the shared bearer
 * token): its latest version (polled by replicas), the latest point with its files, and one file of a point.
 * Thread-safe.
 */
final class ReplicationRoutes {
    private final Primary primary;
    private final AdminAccess admin;

    ReplicationRoutes(Primary primary, AdminAccess admin) {
        this.primary = primary;
        this.admin = admin;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/replication/version", this::version);
        config.routes.get("/api/replication/point", this::point);
        config.routes.get("/api/replication/files/{name}", this::file);
    }

    private void version(Context ctx) {
        admin.check(ctx);
        ctx.header("Cache-Control", "no-store");
        Json.ok(ctx, primary.version().orElseThrow(ReplicationRoutes::nothingPublished));
    }

    private void point(Context ctx) {
        admin.check(ctx);
        ctx.header("Cache-Control", "no-store");
        Json.ok(ctx, primary.latest().orElseThrow(ReplicationRoutes::nothingPublished));
    }

    private void file(Context ctx) throws IOException {
        admin.check(ctx);
        String name = ctx.pathParam("name");
        InputStream content = primary.open(longParam(ctx, "version"), name, longParam(ctx, "from"))
                .orElseThrow(() -> new NotFoundException("no file '" + name + "' in a point the primary still holds"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/octet-stream").result(content);
    }

    private static NotFoundException nothingPublished() {
        return new NotFoundException("this server has published no version of its index: it cannot write it");
    }

    private static long longParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invalid_" + name, name + " must be a whole number");
        }
    }
}
