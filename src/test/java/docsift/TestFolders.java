package docsift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Fixture folders copied into a test's own corpus: the tests that serve a site start from a copy, never the fixture. */
public final class TestFolders {
    private TestFolders() {
    }

    /** Copies every file under {@code from} to the same relative path under {@code to}, creating folders. */
    public static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, file -> true);
    }

    /** Copies the files under {@code from} that {@code which} accepts, to the same relative paths under {@code to}. */
    public static void copyTree(Path from, Path to, Predicate<Path> which) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(which).toList()) {
                // Relativised as text: the fixture and the copy may be on different file systems.
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
