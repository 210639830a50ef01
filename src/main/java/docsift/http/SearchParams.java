package docsift.http;

import docsift.index.Fields.Kind;
import docsift.search.Grouping;
import docsift.search.InvalidRequestException;
import docsift.search.SearchRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** Reads and validates the query parameters of {@code GET /search}. Stateless. */
final class SearchParams {
    private SearchParams() {
    }

    static SearchRequest from(Context ctx) {
        return new SearchRequest(single(ctx, "q"), intParam(ctx, "limit", SearchRequest.DEFAULT_LIMIT),
                intParam(ctx, "offset", 0), single(ctx, "article"), single(ctx, "topic"), single(ctx, "folder"),
                kind(single(ctx, "kind")), single(ctx, "version"), group(single(ctx, "group")),
                collapse(single(ctx, "collapse")));
    }

    /** {@code page} or {@code none}; absent: the corpus's default, decided by the search service. */
    private static Grouping group(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Grouping.of(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidRequestException(
                "invalid_group", "group must be page or none; not '" + abbreviate(value) + "'"));
    }

    /** {@code version} (the default: a section's copies in several versions are one hit) or {@code none}. */
    private static boolean collapse(String value) {
        String collapse = value == null || value.isBlank() ? "version" : value.strip().toLowerCase(Locale.ROOT);
        return switch (collapse) {
            case "version" -> true;
            case "none" -> false;
            default -> throw new InvalidRequestException("invalid_collapse",
                    "collapse must be version or none; not '" + abbreviate(value) + "'");
        };
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

    private static Kind kind(String value) {
        if (value == null || value.isBlank()) {
            return Kind.SECTION;
        }
        return Kind.of(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidRequestException(
                "invalid_kind", "kind must be one of section, code, usecase; not '" + abbreviate(value) + "'"));
    }

    /** Echoed values are cut short; the JSON writer escapes them. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
