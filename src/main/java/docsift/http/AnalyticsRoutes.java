package docsift.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.analytics.SearchAnalytics;
import docsift.search.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

/**
 * The search-analytics endpoints: {@code POST /api/analytics/click}, the beacon a page sends when a reader opens
 * a hit (anyone may send it, so only a small, well-formed body is accepted), and {@code GET /api/analytics},
 * the report, for admins. Stateless apart from the analytics it is given.
 */
final class AnalyticsRoutes {
    /** A click is three short fields; anything larger is not one. */
    static final int MAX_CLICK_BYTES = 2048;
    static final int MAX_DAYS = 3660;
    static final int MAX_LIMIT = 100;
    private static final Set<String> CLICK_FIELDS = Set.of("query", "position", "id");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalyticsRoutes() {
    }

    /**
     * @param analytics the recorder, or null when analytics are off (the endpoints then answer 404)
     */
    static void configure(JavalinConfig config, SearchAnalytics analytics) {
        config.routes.post("/api/analytics/click", ctx -> click(ctx, enabled(analytics)));
        config.routes.get("/api/analytics", ctx -> report(ctx, enabled(analytics)), AdminAccess.Role.ADMIN);
    }

    private static SearchAnalytics enabled(SearchAnalytics analytics) {
        if (analytics == null) {
            throw new NotFoundException("search analytics are off on this server (started with --no-analytics)");
        }
        return analytics;
    }

    private static void click(Context ctx, SearchAnalytics analytics) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_CLICK_BYTES) {
            throw new PayloadTooLargeException(MAX_CLICK_BYTES);
        }
        JsonNode click = parse(body);
        try {
            analytics.opened(click.get("query").textValue(), click.get("position").intValue(), click.get("id").textValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("invalid_click", e.getMessage());
        }
        ctx.status(204);
    }

    /** The body as a click: an object of exactly query (string), position (integer) and id (string). */
    private static JsonNode parse(byte[] body) {
        JsonNode click;
        try {
            click = JSON.readTree(body);
        } catch (IOException e) {
            throw invalidClick();
        }
        if (click == null || !click.isObject() || click.size() != CLICK_FIELDS.size()
                || !click.path("query").isTextual() || !click.path("position").isInt() || !click.path("id").isTextual()) {
            throw invalidClick();
        }
        return click;
    }

    private static InvalidRequestException invalidClick() {
        return new InvalidRequestException("invalid_click",
                "a click is a JSON object {\"query\": string, \"position\": integer from 1, \"id\": string}");
    }

    private static void report(Context ctx, SearchAnalytics analytics) throws SQLException {
        int days = SearchParams.intParam(ctx, "days", 7);
        int limit = SearchParams.intParam(ctx, "limit", 20);
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequestException("invalid_days", "days must be between 1 and " + MAX_DAYS);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("invalid_limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        ctx.header("Cache-Control", "no-store");
        Json.ok(ctx, analytics.report(Duration.ofDays(days), limit));
    }
}
