package docsift.http;

import io.javalin.http.ContentTooLargeResponse;
import java.util.Map;

/** A request body over the size limit; answered with 413 {@code request_too_large}. */
final class PayloadTooLargeException extends ContentTooLargeResponse {
    /** The error code of every 413, whether we refuse the body or Jetty's limit does. */
    static final String ERROR = "request_too_large";

    PayloadTooLargeException(long limit) {
        super("request bodies are limited to " + limit + " bytes", Map.of(ErrorMapping.ERROR_CODE, ERROR));
    }
}
