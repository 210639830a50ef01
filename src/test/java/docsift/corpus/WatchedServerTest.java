package docsift.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import docsift.http.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the integration tests that drive a real server watching a real corpus folder: a fresh server per
 * test over a temporary folder holding the bundled article (and whatever {@link #prepare} adds), watching
 * with the default settings and reporting each watcher pass to {@link #passes}. Not thread-safe.
 */
abstract class WatchedServerTest {
    @TempDir
    Path root;
    /** The server under test; a test may replace it (closed after the test either way). */
    TestServer server;
    final Passes passes = new Passes();

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(root);
        prepare(server.corpus());
        server.start(CorpusWatcher.Settings.DEFAULT, passes);
    }

    /** Writes what the corpus must hold before the server starts; nothing besides the bundled article here. */
    void prepare(Path corpus) throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    JsonNode health() throws Exception {
        return TestServer.json(server.get("/health").body());
    }
}
