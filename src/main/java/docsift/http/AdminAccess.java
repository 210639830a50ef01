package docsift.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Decides who may call admin endpoints. Any route registered with {@link Role#ADMIN} is checked before its
 * handler runs. With a token configured, every call must present it ({@code Authorization: Bearer}), from
 * this machine too; without one, only callers on this machine's loopback interface that did not come through
 * a trusted proxy. In both cases a browser request made by another site is refused ({@code Origin} of
 * another site, {@code Sec-Fetch-Site} other than same-origin), and so are bodies an HTML form can send
 * without a CORS preflight, so that no web page can drive an admin call. Immutable and thread-safe.
 */
final class AdminAccess {
    /** The role of admin routes. */
    enum Role implements RouteRole {
        ADMIN
    }

    /** Content types a cross-site HTML form or a no-preflight fetch can send. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final byte[] token;
    private final Callers callers;

    AdminAccess(String token, Callers callers) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.callers = callers;
    }

    /** Throws {@link ForbiddenException} unless the request may make an admin call. */
    void check(Context ctx) {
        String refusal = refusal(ctx.header("Host"), ctx.header("Origin"), ctx.header("Sec-Fetch-Site"),
                ctx.header("Content-Type"), ctx.header("Authorization"), callers.of(ctx));
        if (refusal != null) {
            throw new ForbiddenException(refusal);
        }
    }

    /** Why a request with these headers (each may be null) from this caller is refused, or null when allowed. */
    String refusal(String host, String origin, String fetchSite, String contentType, String authorization,
                   Callers.Caller caller) {
        if (isCrossSite(host, origin, fetchSite)) {
            return "admin calls are not taken from pages of other sites";
        }
        if (contentType != null && FORM_TYPES.contains(mediaType(contentType))) {
            return "admin calls are not taken with an HTML form's content type (" + mediaType(contentType) + ")";
        }
        if (token != null) {
            return hasToken(authorization) ? null : "admin calls need 'Authorization: Bearer <token>'";
        }
        return caller.isLocal() ? null : "admin calls are allowed from this machine only, not through a proxy "
                + "(start the server with --admin-token or --admin-token-file to allow others)";
    }

    private static boolean isCrossSite(String host, String origin, String fetchSite) {
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        String authority = origin.replaceFirst("^(?i)https?://", "");
        return host == null || authority.equals(origin) || !authority.equalsIgnoreCase(host.strip());
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private boolean hasToken(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        // Constant-time comparison: response timing must not reveal how much of a guess was right.
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
