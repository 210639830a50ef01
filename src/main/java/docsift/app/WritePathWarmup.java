package docsift.app;

import docsift.corpus.CorpusFile;
import docsift.corpus.CorpusIndexer;
import docsift.corpus.CorpusReader;
import docsift.corpus.SyncReport;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the write path once at start on a throwaway index: one article of the corpus read, parsed, analysed,
 * written and committed into a temporary folder, which is then deleted; the served index is not touched. Why: on
 * an unchanged corpus the start-up catch-up reads no file, so the first save after a start ran all of that code
 * for the first time (classes loaded, methods interpreted): the article's pass took 0.77-0.79 s then, about
 * 0.1 s warm (README, "Start-up and freshness", rounds 13 and 14). A server stopped while the pass runs leaves
 * its folder behind, so each pass first deletes the folders of earlier ones whose index no process holds.
 * Stateless; thread-safe.
 */
public final class WritePathWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(WritePathWarmup.class);
    /** The name of each pass's temporary folder begins with this. */
    static final String PREFIX = "docsift-write-warmup";

    private WritePathWarmup() {
    }

    /**
     * Indexes the article with this id, read from {@code reader}'s corpus with {@code parser}, into a temporary
     * index. Never fails the caller: warming is an optimisation, so a failure is logged and ignored.
     *
     * @return what the throwaway pass did (nothing when the article is gone), or empty when it failed
     */
    public static Optional<SyncReport> run(CorpusReader reader, MarkdownParser parser, String articleId) {
        try {
            Path temp = Files.createTempDirectory(PREFIX);
            deleteLeftovers(temp.getParent(), temp);
            return run(reader, parser, articleId, temp);
        } catch (IOException e) {
            LOG.debug("No temporary folder to warm the write path in", e);
            return Optional.empty();
        }
    }

    /** {@link #run(CorpusReader, MarkdownParser, String)} in this folder, which is deleted afterwards. */
    static Optional<SyncReport> run(CorpusReader reader, MarkdownParser parser, String articleId, Path folder) {
        CorpusFile article = reader.forId(articleId);
        try {
            return article == null ? Optional.empty()
                    : Optional.of(indexInto(folder.resolve("index"), reader, parser, article));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Warming the write path failed", e);
            return Optional.empty();
        } finally {
            deleteQuietly(folder);
        }
    }

    private static SyncReport indexInto(Path index, CorpusReader reader, MarkdownParser parser, CorpusFile article)
            throws IOException {
        try (IndexStore store = IndexStore.open(index)) {
            SyncReport report = new CorpusIndexer(reader, parser, store, () -> { }).update(List.of(article.path()));
            LOG.debug("Write path warmed up on {} in {} ms", article.id(), report.tookMs());
            return report;
        }
    }

    /**
     * Deletes the folders in {@code parent} that earlier passes left (their server stopped during the pass), except
     * {@code own}. A folder whose index write lock can be taken belongs to no running pass; one whose lock is held
     * is another server's pass in progress and is left alone.
     */
    static void deleteLeftovers(Path parent, Path own) {
        try (Stream<Path> folders = Files.list(parent)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                    && !f.equals(own) && Files.isDirectory(f.resolve("index"))).toList()) {
                if (unlocked(folder.resolve("index"))) {
                    deleteQuietly(folder);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not look for earlier write warm-up folders in {}", parent, e);
        }
    }

    private static boolean unlocked(Path index) {
        try (Directory directory = FSDirectory.open(index);
             Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            return true;
        } catch (LockObtainFailedException e) {
            return false;
        } catch (IOException e) {
            LOG.debug("Could not check the write warm-up folder {}", index, e);
            return false;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the write warm-up's temporary index {}: {}", folder, e.toString());
        }
    }
}
