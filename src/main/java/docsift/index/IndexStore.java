package docsift.index;

import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Owns the index directory and its one {@link IndexWriter}. Changes become visible to searchers only when
 * {@link #commit()} succeeds, so a failed build or update leaves the last commit as it was. Thread-safe:
 * article replacements and deletions may run concurrently (IndexWriter is thread-safe, and a full build on
 * two cores needs both), while commit, rollback, replaceAll and close hold an exclusive lock, so a commit
 * never captures half of a concurrent change.
 */
public final class IndexStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IndexStore.class);
    /** Commit user-data key holding the time of the last successful commit (ISO-8601). */
    public static final String LAST_INDEXED = "docsift.lastIndexed";
    /** Stands for the hash of an article written with an older schema: equal to no real hash. */
    public static final String STALE_HASH = "stale-schema";
    /** Commit user-data key holding the {@link #SCHEMA_VERSION} the documents were written with. */
    public static final String SCHEMA = "docsift.schema";
    /**
     * Version of the document layout and analysis. Bump it whenever {@link SectionDocuments}, {@link Fields}
     * or {@link Analyzers} change what is indexed: an index written with another version has every article
     * re-indexed at the next catch-up, even though the files did not change.
     */
    public static final String SCHEMA_VERSION = "9";

    private final Path path;
    private final Directory directory;
    /** Shared by concurrent article writes; exclusive for commit, rollback, replaceAll and close. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private IndexWriter writer;
    private volatile String recoveryNote;
    /** Time of the last commit, kept here so that /health needs no directory listing per call. */
    private volatile Instant lastCommit;

    private IndexStore(Path path, Directory directory, IndexWriter writer, String recoveryNote) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.recoveryNote = recoveryNote;
    }

    /**
     * Opens (creating if needed) the index at {@code path} for writing.
     *
     * @throws IndexLockedException when another process, such as a running server, holds the index
     */
    public static IndexStore open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            IndexStore store = new IndexStore(path, directory, openWriter(directory), null);
            store.ensureCommitted();
            return store;
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(path);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index like {@link #open(Path)}, but an index that cannot be read (corrupt, truncated, from an
     * incompatible Lucene version) is moved aside and replaced by an empty one, to be rebuilt from the corpus:
     * the corpus is the source of truth, the index only a cache of it. {@link #recoveryNote()} says what
     * happened.
     */
    public static IndexStore openOrRecover(Path path) throws IOException {
        String damage = damage(path);
        if (damage == null) {
            return open(path);
        }
        Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
        Files.move(path, aside);
        String note = "the index at " + path + " could not be read (" + damage + "); it was moved to " + aside
                + " and rebuilt from the corpus";
        LOG.error(note);
        IndexStore store = open(path);
        store.recoveryNote = note;
        return store;
    }

    /** Why the index at {@code path} cannot be used, or null when it is absent or sound. */
    private static String damage(Path path) {
        if (!Files.isDirectory(path)) {
            return null;
        }
        try (Directory directory = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                // Verifies the checksum of every file of the commit: cheap next to rebuilding, and it
                // catches damage that opening alone would only reveal in the middle of a search.
                for (var leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** What start-up had to do to a damaged index, or null when it opened normally. */
    public String recoveryNote() {
        return recoveryNote;
    }

    private static IndexWriter openWriter(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.newIndexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // One article is a few hundred small documents: a large buffer keeps a full build in one segment.
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    /** A brand-new index gets an empty first commit so that readers can always open it. */
    private void ensureCommitted() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            commit();
            return;
        }
        String value = DirectoryReader.listCommits(directory).getLast().getUserData().get(LAST_INDEXED);
        lastCommit = value == null ? null : Instant.parse(value);
    }

    /** The directory searchers open; shared, owned and closed by this store. */
    public Directory directory() {
        return directory;
    }

    /** Where the index lives on disk. */
    public Path path() {
        return path;
    }

    /** Replaces every document of the article with its new ones, as one atomic operation. */
    public void replaceArticle(Article article) throws IOException {
        List<org.apache.lucene.document.Document> docs = SectionDocuments.of(article);
        Lock shared = lock.readLock();
        shared.lock();
        try {
            if (docs.isEmpty()) {
                // An article without sections: updateDocuments with no documents trips Lucene's RAM
                // accounting (an assertion when the writer is later rolled back); a delete is the same change.
                writer.deleteDocuments(new Term(Fields.ARTICLE, article.id()));
            } else {
                writer.updateDocuments(new Term(Fields.ARTICLE, article.id()), docs);
            }
        } finally {
            shared.unlock();
        }
    }

    /** Removes every document of the article. */
    public void deleteArticle(String articleId) throws IOException {
        Lock shared = lock.readLock();
        shared.lock();
        try {
            writer.deleteDocuments(new Term(Fields.ARTICLE, articleId));
        } finally {
            shared.unlock();
        }
    }

    /** Replaces the whole index content with these articles; visible only after {@link #commit()}. */
    public void replaceAll(List<Article> articles) throws IOException {
        exclusively(() -> {
            writer.deleteAll();
            for (Article article : articles) {
                writer.addDocuments(SectionDocuments.of(article));
            }
        });
    }

    /** Makes every change since the last commit durable and visible to newly opened readers. */
    public synchronized void commit() throws IOException {
        Instant now = Instant.now();
        writer.setLiveCommitData(Map.of(LAST_INDEXED, now.toString(), SCHEMA, SCHEMA_VERSION).entrySet());
        writer.commit();
        lastCommit = now;
    }

    /**
     * Drops every change since the last commit. Lucene's rollback closes the writer, so a fresh one is
     * opened on the same directory to keep the store usable.
     */
    public void rollback() throws IOException {
        exclusively(() -> {
            writer.rollback();
            writer = openWriter(directory);
        });
    }

    /** An index operation that may throw. */
    private interface IndexAction {
        void run() throws IOException;
    }

    private void exclusively(IndexAction action) throws IOException {
        Lock exclusive = lock.writeLock();
        exclusive.lock();
        try {
            action.run();
        } finally {
            exclusive.unlock();
        }
    }

    /**
     * Article id to its file hash, as of the last commit: what start-up catch-up compares the corpus with.
     * When the commit was written with another {@link #SCHEMA_VERSION}, every hash is reported as
     * {@link #STALE_HASH}, so every article counts as changed.
     */
    public Map<String, String> committedArticleHashes() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            boolean current = SCHEMA_VERSION.equals(reader.getIndexCommit().getUserData().get(SCHEMA));
            IndexSearcher searcher = new IndexSearcher(reader);
            // Ordinal 0 is the first document of each article: exactly one per article.
            ScoreDoc[] firsts = searcher.search(IntPoint.newExactQuery(Fields.ORDINAL, 0), Integer.MAX_VALUE).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Map<String, String> hashes = new HashMap<>();
            for (ScoreDoc first : firsts) {
                var doc = stored.document(first.doc, java.util.Set.of(Fields.ARTICLE, Fields.ARTICLE_HASH));
                hashes.put(doc.get(Fields.ARTICLE), current ? doc.get(Fields.ARTICLE_HASH) : STALE_HASH);
            }
            return hashes;
        }
    }

    /** Time of the last successful commit, or null when unknown. */
    public Instant lastCommitTime() {
        return lastCommit;
    }

    @Override
    public void close() throws IOException {
        exclusively(() -> {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        });
    }
}
