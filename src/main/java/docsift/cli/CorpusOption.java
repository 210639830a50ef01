package docsift.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus} option, shared by the commands that read articles (a picocli mixin). */
final class CorpusOption {
    @Option(names = "--corpus", defaultValue = "corpus", description = "Folder of Markdown articles (default: ${DEFAULT-VALUE}).")
    Path corpus;
}
