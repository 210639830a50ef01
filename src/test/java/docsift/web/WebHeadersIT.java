package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.http.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server sends with the pages and static files: policy headers, types, cache policy, size. */
class WebHeadersIT {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style\\b|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root);
        Files.copy(Path.of("src/test/resources/web/hostile.md"), server.corpus().resolve("hostile.md"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/app.js", "/article.js", "/style.css", "/favicon.svg",
            "/search-dialog.js", "/search-dialog.css", "/hits.js", "/code.js", "/vendor/highlight/core.min.js",
            "/api/marks?q=django&article=advanced-topics.md",
            "/articles/advanced-topics.md", "/articles/hostile.md", "/search?q=django", "/articles/nope.md"})
    void everyResponseCarriesThePolicyHeaders(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("style-src 'self'"), csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app.js:text/javascript", "/article.js:text/javascript", "/style.css:text/css",
            "/search-dialog.js:text/javascript", "/search-dialog.css:text/css", "/code.js:text/javascript",
            "/vendor/highlight/core.min.js:text/javascript", "/vendor/highlight/languages/python.min.js:text/javascript",
            "/index.html:text/html", "/:text/html", "/favicon.svg:image/svg+xml"})
    void staticFilesHaveTheirTypeAndAreRevalidated(String pathAndType) throws Exception {
        String[] parts = pathAndType.split(":");
        HttpResponse<String> response = server.get(parts[0]);
        assertEquals(200, response.statusCode());
        String type = response.headers().firstValue("Content-Type").orElse("");
        // Module scripts are refused with nosniff unless served with a JavaScript type.
        assertTrue(type.startsWith(parts[1]) || parts[1].equals("text/javascript") && type.startsWith("application/javascript"), type);
        // No hashed file names (no build step), so browsers must revalidate; ETags make that cheap.
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(response.headers().firstValue("ETag").isPresent(), "ETag for revalidation");
    }

    @Test
    void searchAnswersAreNotCachedAndArticlePagesAreRevalidated() throws Exception {
        assertEquals("no-store", server.get("/search?q=django").headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no-cache", server.get("/articles/advanced-topics.md").headers().firstValue("Cache-Control").orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles/advanced-topics.md", "/articles/hostile.md"})
    void pagesHaveNoInlineScriptOrStyle(String path) throws Exception {
        String html = server.get(path).body();
        assertFalse(INLINE_SCRIPT.matcher(html).find(), "inline <script> in " + path);
        String head = html.substring(0, html.indexOf("<main"));
        assertFalse(INLINE_STYLE.matcher(head).find(), "inline style or handler in the page frame of " + path);
    }

    /**
     * Our own front end (the search page, the article page, the search dialog and their shared modules) stays
     * small without a build step; the vendored highlighter (web/vendor, minified, only the languages the corpora
     * use) has a budget of its own.
     */
    @Test
    void frontEndStaysSmall() throws IOException {
        assertTrue(bytes(Path.of("web"), false) < 120 * 1024, "web/ is " + bytes(Path.of("web"), false) + " bytes");
        assertTrue(bytes(Path.of("web/vendor"), true) < 160 * 1024, "web/vendor is " + bytes(Path.of("web/vendor"), true));
    }

    private static long bytes(Path folder, boolean deep) throws IOException {
        try (Stream<Path> files = deep ? Files.walk(folder) : Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(WebHeadersIT::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
