package docsift.cli;

import docsift.corpus.CorpusFile;
import docsift.corpus.CorpusReader;
import docsift.corpus.IndexingProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a corpus folder that are not in the index after a pass, grouped by why: in an underscore or
 * excluded folder, not Markdown by name, hidden, a link out of the corpus, unreadable (the indexer's problem), or Markdown without any text to index.
 * Immutable.
 *
 * @param byReason file ids (paths in the corpus) by reason, reasons and ids sorted
 * @param files    number of files in the corpus folder
 */
record SkippedFiles(Map<String, List<String>> byReason, int files) {
    /** Names printed per reason; the rest are counted. */
    static final int NAMES_SHOWN = 10;
    static final String UNREADABLE = "could not be read or parsed (see the lines above)";
    static final String EMPTY = "no text to index (empty, or only front matter and template tags)";

    SkippedFiles {
        byReason = Map.copyOf(byReason);
    }

    /**
     * Classifies every file under the corpus that is not among {@code indexed} after a pass.
     *
     * @param listed   the articles the pass read
     * @param indexed  ids of the articles in the index after it
     * @param problems articles that could not be read or parsed
     */
    static SkippedFiles of(CorpusReader reader, List<CorpusFile> listed, Set<String> indexed,
                           Collection<IndexingProblem> problems) throws IOException {
        Map<String, List<String>> byReason = new TreeMap<>();
        Map<String, String> failed = problems.stream()
                .collect(Collectors.toMap(IndexingProblem::articleId, p -> UNREADABLE, (a, b) -> a));
        Set<String> articles = listed.stream().map(CorpusFile::id).collect(Collectors.toSet());
        List<CorpusFile> all = allFiles(reader);
        for (CorpusFile file : all) {
            String reason = articles.contains(file.id())
                    ? (indexed.contains(file.id()) ? null : failed.getOrDefault(file.id(), EMPTY))
                    : reader.exclusion(file.id()).orElseGet(() -> notArticle(file.path()));
            if (reason != null) {
                byReason.computeIfAbsent(reason, r -> new java.util.ArrayList<>()).add(file.id());
            }
        }
        byReason.values().forEach(ids -> ids.sort(null));
        return new SkippedFiles(byReason, all.size());
    }

    private static List<CorpusFile> allFiles(CorpusReader reader) throws IOException {
        try (Stream<Path> walk = Files.walk(reader.root())) {
            return walk.filter(p -> !Files.isDirectory(p)).map(reader::toCorpusFile).filter(f -> f != null).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String notArticle(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
            return "hidden";
        }
        if (!CorpusReader.isMarkdownName(path)) {
            int dot = name.lastIndexOf('.');
            return "not Markdown (" + (dot <= 0 ? "no extension" : name.substring(dot).toLowerCase(Locale.ROOT)) + ")";
        }
        return "not a regular file inside the corpus (a link out of it, or a device)";
    }

    /** Number of files skipped, whatever the reason. */
    int count() {
        return byReason.values().stream().mapToInt(List::size).sum();
    }

    /** Prints one line per reason with its count and first names; nothing when no file was skipped. */
    void print(PrintWriter out) {
        if (count() == 0) {
            return;
        }
        out.printf("Skipped %d of %d files:%n", count(), files);
        new TreeMap<>(byReason).forEach((reason, ids) -> out.printf("  %d: %s: %s%n", ids.size(), reason, names(ids)));
        out.flush();
    }

    private static String names(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(NAMES_SHOWN, ids.size())));
        return ids.size() > NAMES_SHOWN ? shown + " and " + (ids.size() - NAMES_SHOWN) + " more" : shown;
    }
}
