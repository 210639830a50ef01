package docsift.web;

import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the browser tests on a corpus of their own instead of the bundled article: one real server and one
 * headless Chromium per class, and after each test the clean-console check every browser test makes.
 */
abstract class OwnCorpusPageTest {
    @TempDir
    static Path root;
    static TestServer server;
    static Browser browser;

    /** What a test class puts in its corpus folder before the server starts. */
    interface Corpus {
        void write(Path folder) throws IOException;
    }

    /** Starts the server over a corpus holding only what {@code corpus} writes, then the browser. */
    static void startOn(Corpus corpus) throws IOException {
        server = new TestServer(root, false);
        corpus.write(server.corpus());
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
}
