package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test shares: a real server over the real article plus a hostile one, one headless
 * Chromium for the class, and after each test a check that no Content-Security-Policy violation, script
 * error or injected code happened.
 */
abstract class PageTestBase {
    @TempDir
    static Path root;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root);
        Files.copy(Path.of("src/test/resources/web/hostile.md"), server.corpus().resolve("hostile.md"));
        Files.copy(Path.of("src/test/resources/web/topics.md"), server.corpus().resolve("topics.md"));
        for (String version : List.of("v1", "v2")) {
            Path nested = server.corpus().resolve("guides/" + version + "/setup.md");
            Files.createDirectories(nested.getParent());
            Files.copy(Path.of("src/test/resources/web/guides/" + version + "/setup.md"), nested);
        }
        server.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        close(browser, server);
    }

    @AfterEach
    void noPolicyViolationsOrScriptErrors() {
        assertCleanConsole(browser);
    }

    /** Closes a test's browser (when it started) and server. */
    static void close(Browser browser, TestServer server) {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    /** No Content-Security-Policy violation, script error or injected code in the page so far. */
    static void assertCleanConsole(Browser browser) {
        List<String> problems = browser.consoleErrors().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")).toList();
        assertEquals(List.of(), problems);
        assertNull(browser.js("return window.pwned"), "injected code ran");
    }
}
