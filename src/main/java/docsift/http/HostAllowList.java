package docsift.http;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names a request may name in its {@code Host} header, against DNS rebinding: a page on
 * {@code evil.example} whose name is re-pointed at 127.0.0.1 reaches this server with
 * {@code Host: evil.example}, and is refused with 421. Like Vite's {@code server.allowedHosts} and Jupyter's
 * {@code local_hostnames}: IP addresses (a rebinding page cannot make a browser send one as its host),
 * {@code localhost} and names under {@code .localhost}, the name the server listens on and the configured
 * names are served, with any port. Immutable and thread-safe.
 */
final class HostAllowList {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+(%[0-9A-Za-z]+)?]");

    private final Set<String> names = new HashSet<>();

    /**
     * @param listenHost the interface the server listens on (a name there is allowed too)
     * @param configured the names given with {@code --allowed-host}
     */
    HostAllowList(String listenHost, List<String> configured) {
        names.add(normal(listenHost));
        configured.forEach(name -> names.add(normal(name)));
    }

    /** Refuses the request unless its Host header names an allowed host. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (!allows(host)) {
            throw new UnknownHostNameException(hostName(host));
        }
    }

    /**
     * True for a Host header value (may be null: HTTP/1.0 clients send none, and no browser does that) that
     * names an allowed host.
     */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return true;
        }
        String host = hostName(hostHeader);
        return IPV4.matcher(host).matches() || IPV6.matcher(host).matches() || host.equals("localhost")
                || host.endsWith(".localhost") || names.contains(host);
    }

    /** The header's host without its port, lower case, without a trailing dot. */
    private static String hostName(String hostHeader) {
        String host = hostHeader.strip();
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon && host.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            host = host.substring(0, colon);
        }
        return normal(host);
    }

    private static String normal(String name) {
        String host = name.strip().toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
