package docsift.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the benchmarks run on: the corpus folder and the query mix, both overridable with system properties
 * ({@code -Ddocsift.corpus}, {@code -Ddocsift.queries}) so the same benchmarks run on a large corpus. Stateless.
 */
final class Workload {
    private Workload() {
    }

    /** The corpus folder; default the bundled {@code corpus/}. */
    static Path corpus() {
        return Path.of(System.getProperty("docsift.corpus", "corpus"));
    }

    /** The query mix, one query a line; lines starting with {@code #} and blank lines are skipped. */
    static List<String> queries() {
        Path file = Path.of(System.getProperty("docsift.queries", "bench/queries.txt"));
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the corpus into a fresh temporary folder, so a benchmark may edit files. */
    static Path copyOfCorpus() throws IOException {
        Path source = corpus().toAbsolutePath();
        Path target = Files.createTempDirectory("docsift-bench-corpus");
        try (var files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    /** Deletes a temporary folder made by a benchmark. */
    static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
