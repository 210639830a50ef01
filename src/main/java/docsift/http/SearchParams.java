package docsift.http;

import docsift.search.InvalidRequestException;
import docsift.search.SearchRequest;
import io.javalin.http.Context;
import java.util.List;

/** Reads and validates the query parameters of {@code GET /search}. Stateless. */
final class SearchParams {
    private SearchParams() {
    }

    static SearchRequest from(Context ctx) {
        return new SearchRequest(single(ctx, "q"), intParam(ctx, "limit", SearchRequest.DEFAULT_LIMIT),
                intParam(ctx, "offset", 0), single(ctx, "article"), single(ctx, "topic"), single(ctx, "folder"),
                SearchRequest.kindOf(single(ctx, "kind")));
    }

    /** The parameter's one value, or null; given twice is an error rather than a silent pick. */
    static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw new InvalidRequestException("repeated_parameter", name + " was given " + values.size()
                    + " times; give it once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A whole-number parameter, or {@code fallback} when it is absent. */
    static int intParam(Context ctx, String name, int fallback) {
        String value = single(ctx, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invalid_" + name, name + " must be a whole number, not '"
                    + abbreviate(value) + "'");
        }
    }

    /** Echoed values are cut short; the JSON writer escapes them. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
