package docsift.http;

import docsift.app.RebuildRefusedException;
import docsift.corpus.CorpusFileException;
import docsift.search.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a JSON {@link ErrorBody} in one place: 400 for bad parameters, 403, 404, and 500
 * with a generic message (the details go to the log, never to the client).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(InvalidRequestException.class, (e, ctx) -> send(ctx, 400, e.error(), e.getMessage()));
        config.routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, 404, "not_found", e.getMessage()));
        config.routes.exception(PayloadTooLargeException.class, (e, ctx) ->
                send(ctx, 413, "request_too_large", e.getMessage()));
        config.routes.exception(ForbiddenException.class, (e, ctx) -> send(ctx, 403, "forbidden", e.getMessage()));
        config.routes.exception(RebuildRefusedException.class, (e, ctx) -> send(ctx, 409, "rebuild_impossible", e.getMessage()));
        config.routes.exception(CorpusFileException.class, (e, ctx) ->
                send(ctx, 422, "unreadable_article", e.getMessage()));
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

    private static void send(Context ctx, int status, String error, String message) {
        SecurityHeaders.apply(ctx);
        Json.send(ctx, status, new ErrorBody(error, message));
    }
}
