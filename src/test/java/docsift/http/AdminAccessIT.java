package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.Application;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/reindex} from loopback and from another address of this machine (which the server sees as
 * a remote caller): allowed from loopback, elsewhere only with the bearer token, otherwise 403.
 */
class AdminAccessIT {
    private static final String TOKEN = "s3cret-token";
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path root;

    @Test
    void remoteCallersNeedTheToken() throws Exception {
        InetAddress remote = nonLoopbackAddress().orElseThrow(() -> new AssertionError(
                "this test calls from a non-loopback address of this machine, and it has none"));
        try (Application app = start(TOKEN)) {
            String remoteUrl = "http://" + remote.getHostAddress() + ":" + app.port() + "/api/reindex";
            assertEquals(403, post(remoteUrl, null).statusCode());
            assertEquals(403, post(remoteUrl, "Bearer wrong").statusCode());
            assertEquals(403, post(remoteUrl, TOKEN).statusCode(), "the Bearer scheme is required");
            HttpResponse<String> allowed = post(remoteUrl, "Bearer " + TOKEN);
            assertEquals(202, allowed.statusCode(), allowed.body());
            assertEquals(202, post("http://127.0.0.1:" + app.port() + "/api/reindex", null).statusCode());
            String job = allowed.headers().firstValue("Location").orElseThrow();
            assertEquals(403, get("http://" + remote.getHostAddress() + ":" + app.port() + job, null).statusCode(),
                    "following a rebuild is an admin call too");
            assertEquals(200, get("http://" + remote.getHostAddress() + ":" + app.port() + job, "Bearer " + TOKEN)
                    .statusCode());
        }
    }

    @Test
    void withoutATokenOnlyLoopbackMayRebuild() throws Exception {
        InetAddress remote = nonLoopbackAddress().orElseThrow(() -> new AssertionError(
                "this test calls from a non-loopback address of this machine, and it has none"));
        try (Application app = start(null)) {
            HttpResponse<String> refused = post("http://" + remote.getHostAddress() + ":" + app.port()
                    + "/api/reindex", "Bearer " + TOKEN);
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("--admin-token"), refused.body());
            HttpResponse<String> local = post("http://127.0.0.1:" + app.port() + "/api/reindex", null);
            assertEquals(202, local.statusCode(), local.body());
            HttpResponse<String> done = get("http://127.0.0.1:" + app.port()
                    + local.headers().firstValue("Location").orElseThrow() + "?wait=60", null);
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(done.body().contains("\"indexed\":[\"a.md\"]"), done.body());
        }
    }

    private Application start(String token) throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.md"), "# A\n\nSome text.\n");
        ServerSettings settings = new ServerSettings("0.0.0.0", 0, Path.of("web"), token, null, 8);
        Path index = root.resolve("index-" + (token == null ? "open" : "token"));
        return Application.start(new Application.Config(corpus, index, settings, null, null));
    }

    private HttpResponse<String> post(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(AdminAccessIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
