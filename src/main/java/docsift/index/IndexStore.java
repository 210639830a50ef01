package docsift.index;

import docsift.markdown.Article;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Owns the index directory and its one {@link IndexWriter}. Changes become visible to searchers only when
 * {@link #commit()} succeeds, so a failed build or update leaves the last commit as it was.
 *
 * <p>Writes can fail (a full disk, a folder made read-only), and Lucene may then close its writer. The store
 * never stays on a closed writer: {@link #rollback()} and {@link #reopenIfClosed()} open a new one, and while
 * that is impossible the store has no writer, {@link #writeFault()} says why and since when, and every write
 * fails with an {@link IndexWriteException} while the last commit stays searchable. A store opened by
 * {@link #openOrRecover} on a folder it cannot write is read-only in that way from the start.
 *
 * <p>Thread-safety, by one read-write lock: article replacements and deletions share it (IndexWriter is
 * thread-safe, and a full build on two cores needs both), while commit, rollback, reopening and close hold
 * it exclusively, so a commit never captures half of a concurrent change and the writer is replaced only
 * when no one uses it. The {@code writer} field is read and written only under that lock.
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
    public static final String SCHEMA_VERSION = "17";

    /**
     * Why the store has no writer. Immutable.
     *
     * @param reason   the failure, for people
     * @param since    when writing first became impossible
     * @param readOnly true when the folder or its file system refuses writes (permissions, a read-only mount),
     *                 rather than writes failing for another reason such as a full disk
     */
    public record WriteFault(String reason, Instant since, boolean readOnly) {
    }

    /** Opens an index folder as a Lucene directory; tests inject faults through it. */
    @FunctionalInterface
    public interface DirectoryFactory {
        /** The file system as it is. */
        DirectoryFactory FILES = FSDirectory::open;

        Directory open(Path path) throws IOException;
    }

    private final Path path;
    private final Directory directory;
    /** Shared by concurrent article writes; exclusive for commit, rollback, reopening and close. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** The one writer, or null while none can be opened; guarded by {@link #lock}. */
    private IndexWriter writer;
    /** Non-null exactly while {@link #writer} is null; volatile so that /health reads it without the lock. */
    private volatile WriteFault writeFault;
    private volatile String recoveryNote;
    /** Time of the last commit, kept here so that /health needs no directory listing per call. */
    private volatile Instant lastCommit;
    /** Guards {@link #lookup}, which passes share: set by {@link #beginPass()}, read by {@link #updateArticle}. */
    private final Object lookupGuard = new Object();
    /** The writer's view at the start of the current pass, or null before the first; closed with the store. */
    private DirectoryReader lookup;
    /** Analyses section headings for the documents this store writes; closed with the store. */
    private final HeadingWords headingWords = new HeadingWords();

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
        return open(path, DirectoryFactory.FILES);
    }

    private static IndexStore open(Path path, DirectoryFactory directories) throws IOException {
        Files.createDirectories(path);
        Directory directory = directories.open(path);
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
     * happened. An index in a folder that refuses writes (a read-only mount, permissions) is opened read-only
     * (see {@link #writeFault()}): serving its last commit beats not serving at all.
     */
    public static IndexStore openOrRecover(Path path) throws IOException {
        return openOrRecover(path, DirectoryFactory.FILES);
    }

    /** {@link #openOrRecover(Path)} through this factory: for tests that inject write faults. */
    public static IndexStore openOrRecover(Path path, DirectoryFactory directories) throws IOException {
        String damage = damage(path, directories);
        if (damage == null) {
            return openWritableOrReadOnly(path, directories);
        }
        Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
        Files.move(path, aside);
        String note = "the index at " + path + " could not be read (" + damage + "); it was moved to " + aside
                + " and rebuilt from the corpus";
        LOG.error(note);
        IndexStore store = open(path, directories);
        store.recoveryNote = note;
        return store;
    }

    private static IndexStore openWritableOrReadOnly(Path path, DirectoryFactory directories) throws IOException {
        try {
            return open(path, directories);
        } catch (IndexLockedException e) {
            throw e;
        } catch (IOException e) {
            if (!refusesWrites(e) || !hasCommit(path, directories)) {
                throw e;
            }
            Directory directory = directories.open(path);
            IndexStore store = new IndexStore(path, directory, null, null);
            store.writeFault = new WriteFault(describe(e), Instant.now(), true);
            store.lastCommit = lastCommitTime(directory);
            LOG.warn("The index at {} cannot be written ({}); serving its last commit read-only", path, describe(e));
            return store;
        }
    }

    private static boolean hasCommit(Path path, DirectoryFactory directories) {
        try (Directory directory = directories.open(path)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when the failure says the file system refuses writes: permissions, a read-only mount, or an
     * immutable folder ({@code chattr +i}, which Linux reports as "Operation not permitted").
     */
    static boolean refusesWrites(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null
                    && (fs.getReason().contains("Read-only file system") || fs.getReason().contains("Operation not permitted"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Why the index at {@code path} cannot be used, or null when it is absent or sound. */
    private static String damage(Path path, DirectoryFactory directories) {
        if (!Files.isDirectory(path)) {
            return null;
        }
        try (Directory directory = directories.open(path)) {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            // Opening verifies the checksums of the commit point and of each segment's metadata, and every file's
            // header and footer (a truncated file fails here). The checksum of all the data is verified after the
            // server answers, by verifyIntegrity(): reading ~200 MB was a second of every start.
            DirectoryReader.open(directory).close();
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * Verifies the checksum of every file of the last commit: damage that opening does not reveal (a flipped
     * bit in stored text or postings) would otherwise show only in the middle of a search, or never.
     *
     * @return what is wrong, or null when the commit is sound
     */
    public String verifyIntegrity() {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return describe(e);
        }
    }

    /**
     * Empties the index after {@link #verifyIntegrity()} found damage, to be rebuilt from the corpus: the
     * searchers keep the last commit until the rebuild's. The damaged files are first linked into a sibling
     * folder (hard links: instant, and kept after Lucene deletes its own names) for inspection.
     */
    public void discardDamaged(String damage) throws IOException {
        Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
        String kept = linkAside(aside) ? "its files were kept in " + aside : "its files could not be kept";
        exclusively(() -> current().deleteAll());
        recoveryNote = "the index at " + path + " is damaged (" + damage + "); " + kept + ", and it was rebuilt from "
                + "the corpus";
        LOG.error(recoveryNote);
    }

    /** Hard-links every file of the index folder but the lock into {@code aside}; false when that fails. */
    private boolean linkAside(Path aside) {
        try {
            Files.createDirectories(aside);
            for (String name : directory.listAll()) {
                if (!name.equals("write.lock")) {
                    Files.createLink(aside.resolve(name), path.resolve(name));
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot keep the damaged index files in {}: {}", aside, describe(e));
            return false;
        }
    }

    /** What start-up had to do to a damaged index, or null when it opened normally. */
    public String recoveryNote() {
        return recoveryNote;
    }

    /** Why the index cannot be written now, or null when it can (as far as a writer could be opened). */
    public WriteFault writeFault() {
        return writeFault;
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
        lastCommit = lastCommitTime(directory);
    }

    private static Instant lastCommitTime(Directory directory) throws IOException {
        String value = DirectoryReader.listCommits(directory).getLast().getUserData().get(LAST_INDEXED);
        return value == null ? null : Instant.parse(value);
    }

    /** The directory searchers open; shared, owned and closed by this store. */
    public Directory directory() {
        return directory;
    }

    /**
     * The one writer, or null while none can be opened, for the replication primary: Lucene's
     * {@code PrimaryNode} wraps it to publish the points it makes. Rollbacks and failures replace it, so ask
     * again rather than keep it; changes go through this store, never through the writer.
     */
    public IndexWriter writer() {
        Lock shared = lock.readLock();
        shared.lock();
        try {
            return writer;
        } finally {
            shared.unlock();
        }
    }

    /** Where the index lives on disk. */
    public Path path() {
        return path;
    }

    /** Replaces every document of the article with its new ones, as one atomic operation. */
    public void replaceArticle(Article article) throws IOException {
        replaceArticle(article.id(), SectionDocuments.of(article, headingWords));
    }

    private void replaceArticle(String articleId, List<org.apache.lucene.document.Document> docs) throws IOException {
        shared(writer -> {
            if (docs.isEmpty()) {
                // An article without sections: updateDocuments with no documents trips Lucene's RAM
                // accounting (an assertion when the writer is later rolled back); a delete is the same change.
                writer.deleteDocuments(new Term(Fields.ARTICLE, articleId));
            } else {
                writer.updateDocuments(new Term(Fields.ARTICLE, articleId), docs);
            }
        });
    }

    /**
     * Writes the article's new version, rewriting only the documents that differ from those in the index as of
     * the last {@link #beginPass()}: an edit to one section analyses and flushes that section's documents, not
     * the article's hundreds. The documents are then exactly those {@link #replaceArticle} would write. When no
     * document is unchanged (a new article, a new schema) the article is replaced as a whole, with one delete term.
     * Searchers only see the change at the pass's commit and refresh, so never a mix of versions.
     *
     * @return the number of documents written
     */
    public int updateArticle(Article article) throws IOException {
        Map<String, Long> indexed = indexedDocuments(article.id());
        List<org.apache.lucene.document.Document> docs = SectionDocuments.of(article, headingWords);
        // Ids are unique by construction; were two the same, an update by id would replace both.
        boolean uniqueIds = docs.stream().map(doc -> doc.get(Fields.ID)).distinct().count() == docs.size();
        if (indexed == null || !uniqueIds || docs.stream().noneMatch(doc -> unchanged(doc, indexed))) {
            replaceArticle(article.id(), docs);
            return docs.size();
        }
        List<org.apache.lucene.document.Document> changed = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (var doc : docs) {
            if (unchanged(doc, indexed)) {
                kept.add(doc.get(Fields.ID));
            } else {
                changed.add(doc);
            }
        }
        // The old versions of changed documents and the documents that are gone, replaced in one call: like
        // updateDocuments by the article term, a document Lucene rejects leaves the whole previous version.
        List<BytesRef> replaced = indexed.keySet().stream().filter(id -> !kept.contains(id)).map(BytesRef::new).toList();
        TermInSetQuery old = new TermInSetQuery(Fields.ID, replaced);
        if (!changed.isEmpty()) {
            shared(writer -> writer.updateDocuments(old, changed));
        } else if (!replaced.isEmpty()) {
            // No document to add (updateDocuments without any trips Lucene's RAM accounting, as above).
            shared(writer -> writer.deleteDocuments(old));
        }
        return changed.size();
    }

    private static boolean unchanged(org.apache.lucene.document.Document doc, Map<String, Long> indexed) {
        Long before = indexed.get(doc.get(Fields.ID));
        return before != null && before == doc.getField(Fields.DOC_FINGERPRINT).numericValue().longValue();
    }

    /**
     * Opens the view {@link #updateArticle} compares with: what the writer holds now, committed or not. Called at
     * the start of a pass, when nothing is pending, so it costs no flush; within the pass each article is written
     * once, so the view still holds each one's previous documents.
     */
    public void beginPass() throws IOException {
        shared(writer -> {
            synchronized (lookupGuard) {
                DirectoryReader newer = lookup == null ? DirectoryReader.open(writer)
                        : DirectoryReader.openIfChanged(lookup, writer);
                if (newer != null) {
                    closeLookup();
                    lookup = newer;
                }
            }
        });
    }

    /**
     * Document id to fingerprint of the article's live documents in the pass's view (empty when none, or before
     * the first pass); null when they cannot be told apart.
     */
    private Map<String, Long> indexedDocuments(String articleId) throws IOException {
        synchronized (lookupGuard) {
            if (lookup == null) {
                return new HashMap<>();
            }
            lookup.incRef();
        }
        try {
            return DocumentFingerprints.of(lookup, articleId);
        } finally {
            lookup.decRef();
        }
    }

    private void closeLookup() throws IOException {
        if (lookup != null) {
            lookup.decRef();
            lookup = null;
        }
    }

    /** Removes every document of the article. */
    public void deleteArticle(String articleId) throws IOException {
        shared(writer -> writer.deleteDocuments(new Term(Fields.ARTICLE, articleId)));
    }

    /** Makes every change since the last commit durable and visible to newly opened readers. */
    public void commit() throws IOException {
        exclusively(() -> {
            Instant now = Instant.now();
            IndexWriter current = current();
            try {
                current.setLiveCommitData(Map.of(LAST_INDEXED, now.toString(), SCHEMA, SCHEMA_VERSION).entrySet());
                current.commit();
            } catch (IOException | AlreadyClosedException e) {
                throw new IndexWriteException("cannot commit to the index at " + path + ": " + describe(e), e);
            }
            lastCommit = now;
        });
    }

    /**
     * Drops every change since the last commit. Lucene's rollback closes the writer, so a fresh one is opened
     * on the same directory to keep the store usable; when that fails the store is left without a writer
     * (see {@link #writeFault()}) rather than on a closed one. Never throws for that: it runs after a failure,
     * which must not be hidden by a second one.
     */
    public void rollback() throws IOException {
        exclusively(() -> {
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Rolling back the index writer failed ({}); opening a new one", describe(e));
                }
                writer = null;
            }
            tryOpenWriter();
        });
    }

    /**
     * Opens a new writer when the store has none or Lucene closed it after a failure (a "tragic" event such as
     * a full disk during a flush); does nothing while the writer is open.
     *
     * @throws IndexWriteException when no writer can be opened; {@link #writeFault()} says why
     */
    public void reopenIfClosed() throws IOException {
        exclusively(() -> {
            if (writer != null && writer.isOpen()) {
                return;
            }
            writer = null;
            if (!tryOpenWriter()) {
                throw new IndexWriteException("cannot write the index at " + path + ": " + writeFault.reason(), null);
            }
        });
    }

    /** Under the exclusive lock: opens a writer, or records why it cannot. */
    private boolean tryOpenWriter() {
        try {
            writer = openWriter(directory);
            if (writeFault != null) {
                LOG.info("The index at {} can be written again", path);
            }
            writeFault = null;
            return true;
        } catch (IOException | RuntimeException e) {
            WriteFault previous = writeFault;
            writeFault = new WriteFault(describe(e), previous == null ? Instant.now() : previous.since(), refusesWrites(e));
            LOG.warn("Cannot open the index writer on {}: {}", path, describe(e));
            return false;
        }
    }

    /** Under the lock: the writer, or the named failure when there is none. */
    private IndexWriter current() throws IndexWriteException {
        if (writer == null) {
            WriteFault fault = writeFault;
            throw new IndexWriteException("cannot write the index at " + path + ": "
                    + (fault == null ? "no writer" : fault.reason()), null);
        }
        return writer;
    }

    /** An index operation that may throw. */
    private interface IndexAction {
        void run() throws IOException;
    }

    /** A change made with the writer. */
    private interface WriterAction {
        void run(IndexWriter writer) throws IOException;
    }

    private void shared(WriterAction action) throws IOException {
        Lock shared = lock.readLock();
        shared.lock();
        try {
            action.run(current());
        } catch (AlreadyClosedException e) {
            // Lucene closed the writer after a failure of its own (a tragic event): a write fault, not a bug.
            throw new IndexWriteException("the index writer on " + path + " was closed after a failure: " + describe(e), e);
        } catch (IndexWriteException e) {
            throw e;
        } catch (IOException e) {
            // Documents are flushed to files as they come: a full disk can fail the update itself, not only the commit.
            throw new IndexWriteException("cannot write to the index at " + path + ": " + describe(e), e);
        } finally {
            shared.unlock();
        }
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
            if (!SCHEMA_VERSION.equals(reader.getIndexCommit().getUserData().get(SCHEMA))) {
                return staleArticles(reader);
            }
            Map<String, String> hashes = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                addHashes(leaf.reader(), hashes);
            }
            return hashes;
        }
    }

    /** The hash of each live article of one segment: doc values of its first documents, no stored text read. */
    private static void addHashes(LeafReader leaf, Map<String, String> hashes) throws IOException {
        BinaryDocValues hash = leaf.getBinaryDocValues(Fields.ARTICLE_HASH);
        SortedDocValues article = leaf.getSortedDocValues(Fields.ARTICLE);
        if (hash == null || article == null) {
            return;
        }
        Bits live = leaf.getLiveDocs();
        for (int doc = hash.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hash.nextDoc()) {
            if ((live == null || live.get(doc)) && article.advanceExact(doc)) {
                hashes.put(article.lookupOrd(article.ordValue()).utf8ToString(), hash.binaryValue().utf8ToString());
            }
        }
    }

    /** Every article of an index written with another schema, each with {@link #STALE_HASH}. */
    private static Map<String, String> staleArticles(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Ordinal 0 is the first document of each article: exactly one per article, in every schema so far.
        ScoreDoc[] firsts = searcher.search(IntField.newExactQuery(Fields.ORDINAL, 0), Integer.MAX_VALUE).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<String, String> hashes = new HashMap<>();
        for (ScoreDoc first : firsts) {
            hashes.put(stored.document(first.doc, Set.of(Fields.ARTICLE)).get(Fields.ARTICLE), STALE_HASH);
        }
        return hashes;
    }

    /** Time of the last successful commit, or null when unknown. */
    public Instant lastCommitTime() {
        return lastCommit;
    }

    @Override
    public void close() throws IOException {
        exclusively(() -> {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                writer = null;
                synchronized (lookupGuard) {
                    closeLookup();
                }
                headingWords.close();
                directory.close();
            }
        });
    }
}
