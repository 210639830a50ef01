package docsift.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A documentation site of the test's own, laid out as MkDocs lays one out (a folder per page, heading ids of
 * Python-Markdown), on its own port: the host page that embeds docsift's search with the two tags. Every page
 * carries a strict Content-Security-Policy that allows docsift's origin and nothing inline. Its pages are the
 * rendering of {@code src/test/resources/web/embed-site/}, which the docsift server indexes.
 */
final class HostSite implements AutoCloseable {
    private final HttpServer server;
    private volatile String docsift = "http://127.0.0.1:1";

    private HostSite(HttpServer server) {
        this.server = server;
    }

    static HostSite start() throws IOException {
        HostSite site = new HostSite(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        site.server.createContext("/", site::serve);
        site.server.start();
        return site;
    }

    /** The site's origin, e.g. {@code http://127.0.0.1:40123}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The docsift server the pages embed (known only once it started, after this site). */
    void embed(String docsiftOrigin) {
        this.docsift = docsiftOrigin;
    }

    String policy() {
        return "default-src 'self'; script-src 'self' " + docsift + "; style-src 'self' " + docsift
                + "; connect-src 'self' " + docsift + "; img-src 'self' data:; object-src 'none'; base-uri 'none'";
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = path.equals("/site.css") ? SITE_CSS : PAGES.containsKey(path) ? page(PAGES.get(path)) : null;
        byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
        String type = path.endsWith(".css") ? "text/css" : "text/html";
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", policy());
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String page(String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Example Docs</title>
                <link rel="stylesheet" href="/site.css">
                <link rel="stylesheet" href="%1$s/embed/docsift.css">
                <script type="module" src="%1$s/embed/docsift.js" data-trigger="#search"
                        data-placeholder="Search Example Docs…"></script>
                </head>
                <body>
                <header><a href="/">Example Docs</a><div id="search"></div></header>
                <nav aria-label="Guide"><ul><li><a href="/guide/signals/">Signals</a></li>
                <li><a href="/guide/middleware/">Middleware</a></li></ul></nav>
                <main>%2$s</main>
                </body>
                </html>
                """.formatted(docsift, main);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The host's own styles, including rules that would spoil the dialog if they reached it. */
    private static final String SITE_CSS = """
            :root { --docsift-accent: #7b1fa2; }
            body { font-family: Georgia, serif; margin: 0; color: #222; background: #fafafa; }
            header { display: flex; gap: 2rem; align-items: center; padding: 1rem 2rem; background: #7b1fa2; }
            header a { color: #fff; font-weight: bold; text-decoration: none; }
            nav { float: left; width: 12rem; padding: 1rem 2rem; }
            nav a { color: #4a0072; }
            main { margin-left: 16rem; padding: 1rem 2rem; max-width: 40rem; }
            button, input, a[role=option] { display: none !important; }
            .sd, .sd-hit, .sd-list, dialog { display: none !important; color: red !important; }
            """;

    /** MkDocs' layout: {@code guide/signals.md} is {@code /guide/signals/}; ids as Python-Markdown makes them. */
    private static final Map<String, String> PAGES = Map.of(
            "/", """
                    <h1 id="example-docs">Example Docs</h1>
                    <p>Welcome to the example documentation. Read the guide on signals and the guide on middleware.</p>
                    """,
            "/guide/signals/", """
                    <h1 id="signals">Signals</h1>
                    <p>Signals let decoupled parts of an application hear about events elsewhere.</p>
                    <h2 id="signals-receivers">Signals &amp; receivers</h2>
                    <p>A receiver is a function that a signal calls when its sender fires it. Connect each receiver
                    once, when the application starts, so that no receiver is connected twice.</p>
                    <h2 id="disconnect">Disconnecting</h2>
                    <p>Call disconnect with the same receiver to stop listening.</p>
                    """,
            "/guide/middleware/", """
                    <h1 id="middleware">Middleware</h1>
                    <p>Middleware wraps every request and response of the application.</p>
                    <h2 id="writing-middleware">Writing middleware</h2>
                    <p>A middleware is a callable that takes the next handler and returns a new one; order matters,
                    since each wraps the ones after it.</p>
                    """);
}
