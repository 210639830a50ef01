package docsift.http;

import docsift.app.RebuildRefusedException;
import docsift.app.UnreadableArticleException;
import docsift.search.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a JSON {@link ErrorBody} in one place: 400 for bad parameters, Javalin's
 * {@link HttpResponseException}s (ours carry their error code in {@link #ERROR_CODE}) and Jetty's
 * {@link HttpException}s with their status, and
 * 500 with a generic message (the details go to the log, never to the client).
 */
final class ErrorMapping {
    /** The key of an {@link HttpResponseException}'s details holding our machine-readable error code. */
    static final String ERROR_CODE = "error";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(InvalidRequestException.class, (e, ctx) -> send(ctx, 400, e.error(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, ErrorMapping::sendResponseException);
        config.routes.exception(RebuildRefusedException.class, (e, ctx) -> send(ctx, 409, "rebuild_impossible", e.getMessage()));
        config.routes.exception(UnreadableArticleException.class, (e, ctx) ->
                send(ctx, 422, "unreadable_article", e.getMessage()));
        // Jetty's refusals raised inside a route: its body limit fails a read of a body past it with a 413.
        config.routes.exception(HttpException.RuntimeException.class, (e, ctx) -> send(ctx, e.getCode(),
                e.getCode() == 413 ? PayloadTooLargeException.ERROR : code(e.getCode()), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed to answer {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal_error", "the server failed to answer this request; the error was logged");
        });
        config.routes.error(404, ctx -> {
            // Our own NotFoundException already wrote JSON; Javalin's "endpoint not found" is plain text.
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                send(ctx, 404, "not_found", "nothing at " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed here"));
    }

    private static void sendResponseException(HttpResponseException e, Context ctx) {
        if (e instanceof OverloadedException) {
            ctx.header("Retry-After", String.valueOf(OverloadedException.RETRY_AFTER_SECONDS));
        }
        String code = e.getDetails().get(ERROR_CODE);
        send(ctx, e.getStatus(), code != null ? code : code(e.getStatus()), e.getMessage());
    }

    /** The error code of a status we did not raise ourselves: its reason phrase, e.g. {@code content_too_large}. */
    static String code(int status) {
        return HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static void send(Context ctx, int status, String error, String message) {
        SecurityHeaders.apply(ctx);
        Json.send(ctx, status, new ErrorBody(error, message));
    }
}
