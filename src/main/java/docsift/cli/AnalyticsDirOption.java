package docsift.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --analytics-dir} option, shared by {@code serve} and {@code analytics} (a picocli mixin). */
final class AnalyticsDirOption {
    @Option(names = "--analytics-dir", defaultValue = "analytics", paramLabel = "DIR",
            description = "Folder of the search analytics database (default: ${DEFAULT-VALUE}).")
    Path analyticsDir;
}
