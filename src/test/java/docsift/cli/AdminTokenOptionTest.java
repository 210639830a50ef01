package docsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import docsift.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The admin token of {@code serve} comes from the command line, the environment or a file, so that it need not
 * be visible in {@code ps} (issue 23, item 7). Parsed by the real command line; what the server does with the
 * token is AdminAccessIT's.
 */
class AdminTokenOptionTest {
    @TempDir
    Path root;

    @Test
    void fromTheCommandLine() throws IOException {
        assertEquals("on-the-line", token(Map.of(), "--admin-token", "on-the-line"));
    }

    @Test
    void fromTheEnvironmentKeepingItOutOfPs() throws IOException {
        assertEquals("from-env", token(Map.of("DOCSIFT_ADMIN_TOKEN", "from-env")));
    }

    @Test
    void fromTheFirstLineOfAFileKeepingItOutOfPs() throws IOException {
        Path file = Files.writeString(root.resolve("token"), "from-file\nignored\n");
        assertEquals("from-file", token(Map.of(), "--admin-token-file", file.toString()));
        assertEquals("from-file", token(Map.of("DOCSIFT_ADMIN_TOKEN_FILE", file.toString())));
    }

    @Test
    void anEmptyTokenFileIsAnErrorNotAnOpenServer() throws IOException {
        Path empty = Files.writeString(root.resolve("empty"), "\n");
        assertThrows(IOException.class, () -> token(Map.of(), "--admin-token-file", empty.toString()));
    }

    @Test
    void noTokenWhenNoneIsGiven() throws IOException {
        assertNull(token(Map.of()));
    }

    /** The token {@code serve} would start with, given this environment and these options. */
    private static String token(Map<String, String> environment, String... options) throws IOException {
        CommandLine cli = Main.commandLine(environment);
        String[] args = new String[options.length + 1];
        args[0] = "serve";
        System.arraycopy(options, 0, args, 1, options.length);
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
        return serve.adminTokenOption.token();
    }
}
