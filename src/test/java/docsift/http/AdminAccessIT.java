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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/reindex} from loopback and from another address of this machine (which the server sees as
 * a remote caller): with a token, only with the bearer token, from loopback too; without one, from loopback
 * only, never from another site's page or an HTML form, never through a trusted proxy; and no route answers a
 * Host header it does not know (DNS rebinding).
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
            String localUrl = "http://127.0.0.1:" + app.port() + "/api/reindex";
            assertEquals(403, post(localUrl, null).statusCode(), "with a token set, loopback needs it too");
            assertEquals(202, post(localUrl, "Bearer " + TOKEN).statusCode());
            String job = allowed.headers().firstValue("Location").orElseThrow();
            assertEquals(403, get("http://" + remote.getHostAddress() + ":" + app.port() + job, null).statusCode(),
                    "following a rebuild is an admin call too");
            assertEquals(200, get("http://" + remote.getHostAddress() + ":" + app.port() + job, "Bearer " + TOKEN)
                    .statusCode());
        }
    }

    @Test
    void noWebPageCanDriveAnAdminCall() throws Exception {
        try (Application app = start(null)) {
            String url = "http://127.0.0.1:" + app.port() + "/api/reindex";
            assertRefused(send(url, "Origin", "https://evil.example"));
            assertRefused(send(url, "Origin", "null"));
            assertRefused(send(url, "Sec-Fetch-Site", "cross-site"));
            assertRefused(send(url, "Sec-Fetch-Site", "same-site"));
            assertRefused(send(url, "Content-Type", "application/x-www-form-urlencoded"));
            assertRefused(send(url, "Content-Type", "text/plain"));
            assertEquals(202, send(url, "Origin", "http://127.0.0.1:" + app.port()).status());
        }
    }

    @Test
    void unknownHostNamesAreRefusedOnEveryRoute() throws Exception {
        try (Application app = start(null)) {
            for (String path : new String[] {"/", "/app.js", "/search?q=text", "/articles/a.md", "/api/articles",
                    "/health", "/nothing"}) {
                String url = "http://127.0.0.1:" + app.port() + path;
                RawHttp.Answer rebound = getAs(url, "evil.example:" + app.port());
                assertEquals(421, rebound.status(), path);
                assertTrue(rebound.body().startsWith("{\"error\":\"unknown_host\""), rebound.body());
                assertTrue(getAs(url, "localhost:" + app.port()).status() != 421, path);
            }
            assertEquals(421, send("http://127.0.0.1:" + app.port() + "/api/reindex", "Host", "evil.example")
                    .status());
        }
    }

    @Test
    void aClientOfATrustedProxyOnThisMachineIsNotLoopback() throws Exception {
        try (Application app = start(null, List.of("127.0.0.1"))) {
            String url = "http://127.0.0.1:" + app.port() + "/api/reindex";
            RawHttp.Answer proxied = send(url, "X-Forwarded-For", "127.0.0.1");
            assertEquals(403, proxied.status(), proxied.body());
            assertTrue(proxied.body().contains("proxy"), proxied.body());
            assertEquals(403, post(url, null).statusCode(), "everything from the proxy's address is proxied");
        }
        try (Application app = start(null, List.of())) {
            RawHttp.Answer ignored = send("http://127.0.0.1:" + app.port() + "/api/reindex",
                    "X-Forwarded-For", "203.0.113.9");
            assertEquals(202, ignored.status(), "forwarding headers of untrusted peers are ignored");
        }
    }

    private static void assertRefused(RawHttp.Answer response) {
        assertEquals(403, response.status(), response.body());
        assertTrue(response.body().startsWith("{\"error\":\"forbidden\""), response.body());
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
        return start(token, List.of());
    }

    private Application start(String token, List<String> trustedProxies) throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.writeString(corpus.resolve("a.md"), "# A\n\nSome text.\n");
        ServerSettings settings = new ServerSettings("0.0.0.0", 0, Path.of("web"), token, null, 8)
                .withTrustedProxies(trustedProxies);
        Path index = root.resolve("index-" + (token == null ? "open" : "token") + trustedProxies.size());
        return Application.start(new Application.Config(corpus, index, settings, null, null));
    }

    /** A POST with one extra header, over a raw socket: HttpClient refuses to set Host itself. */
    private static RawHttp.Answer send(String url, String header, String value) throws Exception {
        return RawHttp.send(URI.create(url), "POST", header, value);
    }

    private static RawHttp.Answer getAs(String url, String host) throws Exception {
        return RawHttp.send(URI.create(url), "GET", "Host", host);
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
