package docsift.http;

import io.javalin.http.ContentTooLargeResponse;
import java.util.Map;

/** A request body over the size limit; answered with 413 {@code request_too_large}. */
final class PayloadTooLargeException extends ContentTooLargeResponse {
    PayloadTooLargeException(long limit) {
        super("request bodies are limited to " + limit + " bytes", Map.of(ErrorMapping.ERROR_CODE, "request_too_large"));
    }
}
