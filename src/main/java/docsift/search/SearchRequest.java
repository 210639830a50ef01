package docsift.search;

import docsift.index.Fields.Kind;
import java.util.Locale;

/**
 * A validated search: the query text and paging and filter parameters. Immutable; the compact constructor
 * enforces every limit, so a request that exists is one the engine can answer within bounds.
 *
 * @param query   the text as typed (1 to {@link #MAX_QUERY_LENGTH} characters, not blank)
 * @param limit   hits per page, 1 to {@link #MAX_LIMIT}
 * @param offset  hits to skip, 0 to {@link #MAX_OFFSET}
 * @param article only this article id, or null for all
 * @param topic   only this top-level topic, or null for all
 * @param folder  only articles directly in this folder of the corpus ("." for the corpus folder itself), or
 *                null for all
 * @param kind    which documents are hits: sections (default), code blocks or use-case items
 */
public record SearchRequest(String query, int limit, int offset, String article, String topic, String folder,
                            Kind kind) {
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new InvalidRequestException("missing_query", "q is required: type one or more words to search for");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("query_too_long",
                    "q is " + query.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("invalid_limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidRequestException("invalid_offset", "offset must be between 0 and " + MAX_OFFSET);
        }
        article = blankToNull(article);
        topic = blankToNull(topic);
        folder = blankToNull(folder);
        kind = kind == null ? Kind.SECTION : kind;
    }

    /** A first page of section hits for {@code query}. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, 0, null, null, null, Kind.SECTION);
    }

    /**
     * The kind named by a request parameter: sections when absent or blank, else exactly one of the API's
     * values. Here rather than at the edge so that the edge need not know the index's types.
     *
     * @throws InvalidRequestException for any other value
     */
    public static Kind kindOf(String value) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
