package docsift.cli;

import docsift.corpus.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the corpus and index folders before a command creates or changes anything, so a command that
 * cannot succeed fails with one line that says what and why, and leaves no empty index folder behind.
 * Stateless.
 */
final class Locations {
    private Locations() {
    }

    /**
     * The corpus reader for {@code corpus}, which must be an existing folder.
     *
     * @throws CommandFailure when it does not exist or is a file
     */
    static CorpusReader corpus(Path corpus) throws IOException {
        Path absolute = corpus.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new CommandFailure("corpus folder " + absolute + " does not exist");
        }
        if (!Files.isDirectory(absolute)) {
            throw new CommandFailure("corpus " + absolute + " is a file, not a folder of Markdown files");
        }
        if (!Files.isReadable(absolute)) {
            throw new CommandFailure("cannot read the corpus folder " + absolute + ": permission denied");
        }
        return new CorpusReader(absolute);
    }

    /** The message for a corpus folder without any article. */
    static String noArticles(CorpusReader reader) {
        return "corpus folder " + reader.root() + " holds no Markdown files (.md, .markdown or .mdx)";
    }

    /**
     * Checks that the index folder can be created or written: it is a folder (or can become one) and the
     * nearest existing folder on its path is writable.
     *
     * @throws CommandFailure when it cannot
     */
    static void writableIndex(Path index) {
        Path absolute = index.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new CommandFailure("cannot create the index in " + absolute + ": no such file system");
        }
        if (!Files.isDirectory(existing)) {
            throw new CommandFailure("cannot write the index in " + absolute + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new CommandFailure("cannot write the index in " + absolute + ": permission denied");
        }
    }
}
