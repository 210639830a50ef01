package docsift.cli;

import picocli.CommandLine.Option;

/** The {@code --progress-interval} option of the commands that index (a picocli mixin). */
final class ProgressOption {
    @Option(names = "--progress-interval", defaultValue = "5", paramLabel = "SECONDS",
            description = "When the output is not a terminal, write a progress line this often (default: ${DEFAULT-VALUE}); "
                    + "on a terminal a bar is redrawn in place.")
    int intervalSeconds;
}
