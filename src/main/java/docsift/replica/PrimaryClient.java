package docsift.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Talks to the primary's replication endpoints over HTTP, with the shared admin token when one is set.
 * Failures are {@link IOException}s: the primary may be down, and the replica then keeps what it has.
 * Thread-safe.
 */
final class PrimaryClient {
    /** Endpoint paths, shared with the routes that serve them. */
    static final String VERSION = "/api/replication/version";
    static final String POINT = "/api/replication/point";
    static final String FILES = "/api/replication/files/";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI primary;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PrimaryClient(URI primary, String token) {
        this.primary = primary;
        this.token = token;
    }

    URI primary() {
        return primary;
    }

    PointVersion version() throws IOException {
        return JSON.readValue(get(VERSION, HttpResponse.BodyHandlers.ofByteArray()), PointVersion.class);
    }

    WirePoint point() throws IOException {
        return JSON.readValue(get(POINT, HttpResponse.BodyHandlers.ofByteArray()), WirePoint.class);
    }

    /** The file's bytes from offset {@code from} on, as the primary streams them; the caller closes the stream. */
    InputStream file(long version, String name, long from) throws IOException {
        String path = FILES + URLEncoder.encode(name, StandardCharsets.UTF_8) + "?version=" + version + "&from=" + from;
        return get(path, HttpResponse.BodyHandlers.ofInputStream());
    }

    private <T> T get(String path, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(primary.resolve(path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<T> response = client.send(request.build(), handler);
            if (response.statusCode() != 200) {
                if (response.body() instanceof InputStream in) {
                    in.close();
                }
                throw new IOException("the primary answered " + response.statusCode() + " to GET " + path);
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling the primary", e);
        }
    }
}
