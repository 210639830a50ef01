package docsift.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import docsift.search.Hit;
import docsift.search.PageGroup;
import docsift.search.SearchResponse;
import docsift.search.VersionLink;
import io.javalin.http.Context;
import java.util.List;

/**
 * Writes records as JSON with one shared, pre-configured Jackson writer (ObjectWriter is immutable and
 * thread-safe; building one per request would redo its serializer lookups). Times in our records are
 * ISO-8601 strings, so no date module is needed. Every answer, cached or not, goes through {@link #bytes}.
 */
final class Json {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectWriter WRITER = new ObjectMapper()
            .addMixIn(Hit.class, HitVersions.class)
            .addMixIn(SearchResponse.class, ResponseGroups.class)
            .writer().with(new HtmlSafeEscapes());

    /**
     * Leaves a hit's version fields out when it is in no version folder, so hits of unversioned corpora read
     * as they always did. A mix-in keeps Jackson's annotations out of the search package.
     */
    private abstract static class HitVersions {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String version();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<VersionLink> versions();
    }

    /** Leaves the grouping fields out of an answer that lists sections (as {@code AnswerJson} does). */
    private abstract static class ResponseGroups {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Long pages();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<PageGroup> groups();
    }

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
