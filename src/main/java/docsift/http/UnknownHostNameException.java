package docsift.http;

import io.javalin.http.MisdirectedRequestResponse;
import java.util.Map;

/**
 * The request's {@code Host} header names a host this server does not answer to (as a DNS-rebinding page's
 * requests do); answered with 421 {@code unknown_host}.
 */
final class UnknownHostNameException extends MisdirectedRequestResponse {
    UnknownHostNameException(String host) {
        super("this server does not answer to the host name '" + host + "'; start it with --allowed-host "
                + host + " to serve it under that name", Map.of(ErrorMapping.ERROR_CODE, "unknown_host"));
    }
}
