package docsift.http;

import io.javalin.http.Context;
import java.util.Map;

/** Headers every response carries: no inline script, no sniffing, no framing, no referrer leaks. */
final class SecurityHeaders {
    /** Only our own scripts, styles and images run; articles' raw HTML is escaped anyway. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The headers by name. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
