package docsift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The admin token options, shared by {@code serve} (the token every admin call must present) and
 * {@code analytics --server} (the token it presents): a picocli mixin, so both read it the same ways.
 */
final class AdminTokenOption {
    @Option(names = "--admin-token",
            description = "Bearer token of admin calls: serve requires it of every admin call (POST /api/reindex), "
                    + "from this machine too (default: none, admin calls from this machine only); analytics "
                    + "--server presents it. Visible in ps: prefer --admin-token-file or the DOCSIFT_ADMIN_TOKEN "
                    + "environment variable.")
    String adminToken;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "Read the admin token from this file (its first line) instead.")
    Path adminTokenFile;

    /** The token given, from the file when one is named; null when none is. */
    String token() throws IOException {
        if (adminTokenFile == null) {
            return adminToken;
        }
        return Files.readAllLines(adminTokenFile).stream().findFirst().filter(line -> !line.isBlank())
                .orElseThrow(() -> new IOException("the admin token file " + adminTokenFile + " is empty"));
    }
}
