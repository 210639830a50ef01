package docsift.http;

import io.javalin.http.HttpResponseException;
import java.util.Map;

/**
 * A search refused because enough searches already run and wait: 503 {@code overloaded} when the server is
 * busy, 429 {@code too_many_expensive_searches} when expensive searches have their share. Either way the
 * answer says when to retry ({@code Retry-After}).
 */
final class OverloadedException extends HttpResponseException {
    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 1;

    private OverloadedException(int status, String error, String message) {
        super(status, message, Map.of(ErrorMapping.ERROR_CODE, error));
    }

    static OverloadedException busy() {
        return new OverloadedException(503, "overloaded",
                "the server is answering as many searches as it can; try again in a second");
    }

    static OverloadedException expensive() {
        return new OverloadedException(429, "too_many_expensive_searches", "expensive searches (many words, "
                + "prefixes or typos, or deep pages) are running at capacity; try again in a second");
    }
}
