package docsift.http;

import io.javalin.http.ForbiddenResponse;
import java.util.Map;

/** The caller may not use an admin endpoint; answered with 403 {@code forbidden}. */
final class ForbiddenException extends ForbiddenResponse {
    ForbiddenException(String message) {
        super(message, Map.of(ErrorMapping.ERROR_CODE, "forbidden"));
    }
}
