package docsift.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} option, shared by the commands that use the index (a picocli mixin). */
final class IndexOption {
    @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;
}
