package docsift.http;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the integration tests that share one real server per class, over the bundled article in a
 * temporary folder, with the default settings: started once before the class's tests, closed after them.
 */
abstract class SharedServerTest {
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
