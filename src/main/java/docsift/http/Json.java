package docsift.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;

/**
 * Writes records as JSON with one shared, pre-configured Jackson writer (ObjectWriter is immutable and
 * thread-safe; building one per request would redo its serializer lookups). Times in our records are
 * ISO-8601 strings, so no date module is needed.
 */
final class Json {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectWriter WRITER = new ObjectMapper().writer();

    private Json() {
    }

    static void send(Context ctx, int status, Object body) {
            ctx.status(status).contentType(CONTENT_TYPE).result(bytes(body));
    }

    /** The body as UTF-8 JSON. */
    static byte[] bytes(Object body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static void ok(Context ctx, Object body) {
        send(ctx, 200, body);
    }
}
