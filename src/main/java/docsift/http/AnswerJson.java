package docsift.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import docsift.search.Hit;
import docsift.search.PageGroup;
import docsift.search.SearchResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a {@link SearchResponse} kept without its {@code tookMs}, which each request writes anew: the
 * fields before it and the fields after it are serialised once, as the two records below, and joined around the
 * request's own time. The bytes are those of {@code Json.bytes(response)} with that time. Immutable.
 */
final class AnswerJson {
    /** The response's fields before {@code tookMs}, in the record's order. */
    private record Before(String query, long total) {
    }

    /**
     * The response's fields after {@code tookMs}, in the record's order; the grouping fields only in grouped
     * answers, so an answer listing sections reads as it always did.
     */
    private record After(List<Hit> hits, Map<String, Map<String, Long>> facets, String suggestion,
                         boolean timedOut, @JsonInclude(JsonInclude.Include.NON_NULL) Long pages,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<PageGroup> groups) {
    }

    private static final byte[] TOOK_MS = ",\"tookMs\":".getBytes(StandardCharsets.UTF_8);

    /** {@code {"query":...,"total":...} without its closing brace. */
    private final byte[] before;
    /** {@code "hits":...,"timedOut":...}} without its opening brace. */
    private final byte[] after;

    private AnswerJson(byte[] before, byte[] after) {
        this.before = before;
        this.after = after;
    }

    /** The response's JSON, but for its time. */
    static AnswerJson of(SearchResponse response) {
        byte[] before = Json.bytes(new Before(response.query(), response.total()));
        byte[] after = Json.bytes(new After(response.hits(), response.facets(), response.suggestion(),
                response.timedOut(), response.pages(), response.groups()));
        return new AnswerJson(Arrays.copyOf(before, before.length - 1), Arrays.copyOfRange(after, 1, after.length));
    }

    /** The whole answer, taking {@code tookMs} milliseconds. */
    byte[] took(double tookMs) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(before.length + after.length + 32);
        json.writeBytes(before);
        json.writeBytes(TOOK_MS);
        json.writeBytes(Double.toString(tookMs).getBytes(StandardCharsets.US_ASCII));
        json.write(',');
        json.writeBytes(after);
        return json.toByteArray();
    }
}
