package docsift.http;

import io.javalin.http.Context;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import java.util.Map;

/**
 * Headers every response carries: no inline script, no sniffing, no framing, no referrer leaks. Javalin's
 * global-headers plugin sets them on every routed response; error answers and Jetty's own refusals, which
 * can bypass it, get the same map from here. Immutable.
 */
final class SecurityHeaders {
    /** Only our own scripts, styles and images run; articles' raw HTML is escaped anyway. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The headers by name, as the plugin sends them. */
    static final Map<String, String> HEADERS = Map.copyOf(configured(new GlobalHeadersConfig()).getHeaders());

    private SecurityHeaders() {
    }

    /** Sets our policy on Javalin's global-headers configuration. */
    static GlobalHeadersConfig configured(GlobalHeadersConfig headers) {
        headers.contentSecurityPolicy(CONTENT_SECURITY_POLICY);
        headers.xContentTypeOptionsNoSniff();
        headers.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
        headers.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.NO_REFERRER);
        return headers;
    }

    /** For answers that may have bypassed the plugin (errors raised before it ran). */
    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
