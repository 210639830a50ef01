package docsift.analytics;

import java.nio.file.Path;
import java.sql.SQLException;

/** The analytics database cannot be opened: another process (a running server) holds it, or it is damaged. */
public final class AnalyticsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** H2's error code for a database file locked by another process. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    AnalyticsUnavailableException(Path folder, SQLException cause) {
        super(message(folder, cause), cause);
    }

    private static String message(Path folder, SQLException cause) {
        if (cause.getErrorCode() == DATABASE_ALREADY_OPEN) {
            return "the analytics in " + folder + " are in use by another process (a running `docsift serve`?); "
                    + "ask it instead: `docsift analytics --server http://HOST:PORT`";
        }
        return "cannot open the analytics in " + folder + ": " + cause.getMessage().lines().findFirst().orElse("");
    }
}
