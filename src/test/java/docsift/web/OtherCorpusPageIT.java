package docsift.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page on a corpus other than the bundled article: it must not offer the article's example
 * queries, which would find nothing there, and its box names the corpus's own article.
 */
class OtherCorpusPageIT {
    @TempDir
    static Path root;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root, false);
        Files.writeString(server.corpus().resolve("walruses.md"), """
                # Walrus care

                ## Feeding

                A walrus eats clams and other shellfish from the sea floor.
                """);
        server.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        PageTestBase.close(browser, server);
    }

    @AfterEach
    void noPolicyViolationsOrScriptErrors() {
        PageTestBase.assertCleanConsole(browser);
    }

    @Test
    void examplesThatFindNothingHereAreNotOffered() {
        browser.open(server.uri("/").toString());
        browser.await("the example check", d -> "true".equals(browser.find("#examples").getAttribute("data-checked")));
        assertTrue(browser.find("#examples").getAttribute("hidden") != null, "the row goes with its examples");
        assertTrue(browser.findAll(".example").isEmpty(), "no example finds anything about walruses");
        browser.await("the article list", d -> browser.findAll("#articles li").size() == 1);
        assertEquals("Search Walrus care…", browser.find("#q").getAttribute("placeholder"));
    }
}
