package docsift.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides who may call admin endpoints: callers on the loopback interface, and anyone presenting the
 * configured bearer token. Proxy headers are ignored on purpose: they are set by the caller. Immutable.
 */
final class AdminAccess {
    private final byte[] token;

    AdminAccess(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (!allows(ctx.req().getRemoteAddr(), ctx.header("Authorization"))) {
            throw new ForbiddenException(token == null
                    ? "admin calls are allowed from this machine only (start the server with --admin-token to allow others)"
                    : "admin calls need 'Authorization: Bearer <token>' from other machines");
        }
    }

    /** True for a caller at {@code remoteAddress} sending this Authorization header (may be null). */
    boolean allows(String remoteAddress, String authorization) {
        return isLoopback(remoteAddress) || hasToken(authorization);
    }

    private boolean hasToken(String header) {
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        // Constant-time comparison: response timing must not reveal how much of a guess was right.
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            return false;
        }
        try {
            // A literal address (checked above) is parsed, never looked up in DNS.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
