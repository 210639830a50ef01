package docsift.http;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * Refuses request bodies over {@link #MAX_BYTES} with 413 before any handler runs. No endpoint reads a body
 * larger than a small form; a declared Content-Length is checked at once, and a chunked body (whose length
 * nobody declares) is read here up to the limit, so that it cannot stream on unbounded. Stateless.
 */
final class RequestBodies {
    /** The largest request body taken. */
    static final int MAX_BYTES = 64 * 1024;

    private RequestBodies() {
    }

    static void check(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_BYTES) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
        if (length < 0 && ctx.header("Transfer-Encoding") != null
                && ctx.req().getInputStream().readNBytes(MAX_BYTES + 1).length > MAX_BYTES) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
    }
}
