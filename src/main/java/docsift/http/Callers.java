package docsift.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells who sent a request. The socket's peer, unless that peer is a configured trusted proxy: then the
 * client it names in {@code Forwarded} or {@code X-Forwarded-For} (the last address there that is not itself a
 * trusted proxy), and the caller counts as proxied, so never as this machine. Forwarding headers from anyone
 * else are ignored: a client can write them. Immutable and thread-safe.
 */
final class Callers {
    /**
     * Who sent a request.
     *
     * @param address the caller's IP address as text (may be empty when unknown)
     * @param proxied true when the request came through a trusted proxy
     */
    record Caller(String address, boolean proxied) {
        /** True for a caller on this machine's loopback interface that did not come through a proxy. */
        boolean isLocal() {
            return !proxied && literal(address).map(InetAddress::isLoopbackAddress).orElse(false);
        }
    }

    private final Set<InetAddress> trustedProxies = new HashSet<>();

    /** @param trustedProxies IP addresses of trusted reverse proxies; names are refused (no DNS at start-up) */
    Callers(List<String> trustedProxies) {
        for (String proxy : trustedProxies) {
            this.trustedProxies.add(literal(proxy).orElseThrow(() -> new IllegalArgumentException(
                    "--trusted-proxy takes an IP address, not '" + proxy + "'")));
        }
    }

    Caller of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("Forwarded"), ctx.header("X-Forwarded-For"));
    }

    /** The caller of a request from {@code peer} with these forwarding headers (each may be null). */
    Caller of(String peer, String forwarded, String forwardedFor) {
        if (!isTrusted(peer)) {
            return new Caller(peer == null ? "" : peer, false);
        }
        List<String> chain = forwarded != null ? forwardedFor(forwarded) : split(forwardedFor);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isTrusted(chain.get(i))) {
                return new Caller(chain.get(i), true);
            }
        }
        return new Caller(peer, true);
    }

    private boolean isTrusted(String address) {
        return literal(address).map(trustedProxies::contains).orElse(false);
    }

    /** The {@code for=} addresses of an RFC 7239 Forwarded header, in order. */
    private static List<String> forwardedFor(String header) {
        List<String> addresses = new ArrayList<>();
        for (String element : header.split(",")) {
            for (String pair : element.split(";")) {
                String[] nameValue = pair.strip().split("=", 2);
                if (nameValue.length == 2 && nameValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                    addresses.add(withoutPort(nameValue[1].strip().replace("\"", "")));
                }
            }
        }
        return addresses;
    }

    private static List<String> split(String header) {
        if (header == null) {
            return List.of();
        }
        return java.util.Arrays.stream(header.split(",")).map(String::strip).map(Callers::withoutPort).toList();
    }

    /** {@code [2001:db8::1]:4711} as {@code 2001:db8::1}, {@code 192.0.2.1:80} as {@code 192.0.2.1}. */
    private static String withoutPort(String address) {
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            return end < 0 ? address : address.substring(1, end);
        }
        int colon = address.indexOf(':');
        return colon >= 0 && colon == address.lastIndexOf(':') ? address.substring(0, colon) : address;
    }

    /** The address if it is an IP literal; names are never looked up. */
    static Optional<InetAddress> literal(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
