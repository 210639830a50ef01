package docsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar on its own: copied into an empty folder and started there with nothing but a JRE, as on a
 * server, it serves the front end from inside itself and answers searches. Runs after {@code package}.
 */
class JarAnywhereIT {
    private static final Pattern SERVING = Pattern.compile("docsift is serving .* on http://[^:]+:(\\d+)/");

    @TempDir
    Path elsewhere;

    @Test
    void theJarServesPagesAndSearchFromAnEmptyFolder() throws Exception {
        Path jar = Files.copy(Path.of("target/docsift.jar"), elsewhere.resolve("docsift.jar"));
        Path corpus = Files.createDirectories(elsewhere.resolve("docs"));
        Files.copy(Path.of("corpus/advanced-topics.md"), corpus.resolve("advanced-topics.md"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.getFileName().toString(), "serve",
                "--port", "0", "--corpus", "docs", "--index", "data/index", "--progress-interval", "60"))
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        try {
            int port = awaitPort(server).get(120, TimeUnit.SECONDS);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = get(client, port, "/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\""), page.body());
            assertFrontEndFromInsideTheJar(client, port);
            HttpResponse<String> search = get(client, port, "/search?q=select_for_update");
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("\"heading\":\"select_for_update in Django\""), search.body());
            assertTrue(Files.isDirectory(elsewhere.resolve("data/index")), "the index is where it was asked to be");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The port from the server's serving line; its output is read to the end so the process never blocks. */
    private static CompletableFuture<Integer> awaitPort(Process server) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        port.complete(Integer.parseInt(serving.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new AssertionError("the server exited before serving:\n" + output));
        });
        return port;
    }

    /**
     * The front end's files come from the jar's web/ folder through the class loader: typed, revalidated by ETag,
     * and nothing else on the class path is reachable, however the path is spelt.
     */
    private static void assertFrontEndFromInsideTheJar(HttpClient client, int port) throws Exception {
        HttpResponse<String> script = get(client, port, "/app.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"), script.headers().toString());
        assertEquals(Files.readString(Path.of("web/app.js")), script.body());
        String etag = script.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/app.js"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, get(client, port, "/vendor/highlight/core.min.js").statusCode());
        for (String outside : List.of("/docsift/Main.class", "/web/app.js", "/vendor/../docsift/Main.class",
                "/openapi.json/../docsift/Main.class", "/META-INF/MANIFEST.MF")) {
            HttpResponse<String> refused = get(client, port, outside);
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, outside + ": " + refused.statusCode());
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
