package docsift.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;

/**
 * Writes records as JSON with one shared, pre-configured Jackson writer (ObjectWriter is immutable and
 * thread-safe; building one per request would redo its serializer lookups). Times in our records are
 * ISO-8601 strings, so no date module is needed. Every answer, cached or not, goes through {@link #bytes}.
 */
final class Json {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new HtmlSafeEscapes());

    private Json() {
    }

    static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(bytes(body));
    }

    /** The body as UTF-8 JSON, with {@code <}, {@code >} and {@code &} inside strings written as {@code \u003C} etc. */
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

    /**
     * JSON's standard escapes plus {@code <}, {@code >} and {@code &} as unicode escapes, as Go's encoding/json and
     * Rails write them: the same data, but no answer can ever be read as markup (a sniffing browser, a JSON
     * answer pasted into a script element). Immutable.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] {'<', '>', '&'}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
