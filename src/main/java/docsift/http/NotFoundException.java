package docsift.http;

import io.javalin.http.NotFoundResponse;
import java.util.Map;

/** The thing a request names does not exist; answered with 404 {@code not_found}. */
final class NotFoundException extends NotFoundResponse {
    NotFoundException(String message) {
        super(message, Map.of(ErrorMapping.ERROR_CODE, "not_found"));
    }
}
