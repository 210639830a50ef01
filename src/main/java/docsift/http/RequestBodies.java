package docsift.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Request bodies are limited to {@link #MAX_BYTES}: no endpoint takes more than a small form. The limit is
 * Jetty's ({@link #jettyLimit()}, wrapped around everything Javalin serves): a declared Content-Length over it
 * is answered 413 before Javalin or any handler runs, and reading a body past it fails inside Jetty, whoever
 * reads it. A chunked body declares no length, and Jetty's limit only fails when something reads it, so
 * {@link #check} reads a chunked body before the routes run: every route, whether it uses the body or not,
 * answers 413 once 64 KiB have arrived, and nothing reads further. Stateless.
 */
final class RequestBodies {
    /** The largest request body taken. */
    static final int MAX_BYTES = 64 * 1024;

    private RequestBodies() {
    }

    /** Jetty's limit on request bodies; responses are not limited. */
    static SizeLimitHandler jettyLimit() {
        return new SizeLimitHandler(MAX_BYTES, -1);
    }

    /**
     * Reads a chunked body: at most {@link #MAX_BYTES}, as Jetty fails the read past it with a 413
     * ({@link ErrorMapping} answers it as JSON).
     */
    static void check(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() < 0 && ctx.header("Transfer-Encoding") != null) {
            ctx.req().getInputStream().readNBytes(MAX_BYTES + 1);
        }
    }
}
