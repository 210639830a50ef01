package docsift.http;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors as the same JSON {@link ErrorBody} as ours. Jetty refuses some requests before Javalin
 * sees them (a path with an encoded NUL or "%2e%2e", a malformed request line) and answered those with an
 * HTML page; a program calling the API gets {@code {"error": "bad_request", "message": ...}} instead.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = HttpStatus.getMessage(code);
        // A body over the limit refused by Jetty's SizeLimitHandler gets the same code as one refused by us.
        String error = code == HttpStatus.PAYLOAD_TOO_LARGE_413 ? PayloadTooLargeException.ERROR
                : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        // Jetty's message is often just the reason ("Bad Request"): say where to look.
        String text = message == null || message.isBlank() || message.equals(reason)
                ? reason + "; check the URL's %-escapes and the request's headers" : message;
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        SecurityHeaders.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(Json.bytes(new ErrorBody(error, "the request was refused: " + text))),
                callback);
    }
}
