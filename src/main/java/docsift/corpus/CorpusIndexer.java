package docsift.corpus;

import docsift.index.IndexStore;
import docsift.markdown.Article;
import docsift.markdown.Hashes;
import docsift.markdown.MarkdownParser;
import docsift.markdown.site.Expanded;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the corpus folder: full rebuilds, start-up catch-up and per-file updates.
 * Each pass reads and parses only what it must, writes whole articles, commits once and then runs the
 * after-commit action (refreshing searchers), so a search sees an article's old or new version, never a
 * mix. A file that cannot be read or parsed keeps its previous version searchable and is reported in
 * {@link #problems()}. Thread-safe: passes are serialised.
 */
public final class CorpusIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);

    private final CorpusReader reader;
    private final PageTexts pages;
    private final MarkdownParser parser;
    private final IndexStore store;
    private final Runnable afterCommit;
    /** Told of each file a pass has read (written, unchanged or failed), from the indexing threads. */
    private final Consumer<CorpusFile> onFileDone;
    /** Article id to the content hash of its version in the last commit. */
    private final Map<String, String> committed = new ConcurrentHashMap<>();
    private final Map<String, IndexingProblem> problems = new ConcurrentHashMap<>();
    /**
     * Content hashes by file metadata: lets a catch-up skip reading files that were not touched. Read by the first
     * pass rather than at construction (a few MB: the server answers before), then set for good; passes are
     * serialised and hand it to their threads through the executor.
     */
    private FileHashMemo memo;
    /**
     * Article id to the corpus files it includes (or looked for as includes): the include graph, kept in memory.
     * Every pass that reads an article sets its entry, and the start-up catch-up reads them all, so after start it
     * is complete without storing it in the index.
     */
    private final Map<String, Set<String>> includes = new ConcurrentHashMap<>();

    public CorpusIndexer(CorpusReader reader, MarkdownParser parser, IndexStore store, Runnable afterCommit)
            throws IOException {
        this(reader, parser, store, afterCommit, file -> { });
    }

    /**
     * @param onFileDone called once per file of each pass as soon as it is done, from several threads at once:
     *                   progress reporting (the command line's bar) must be thread-safe and quick
     */
    public CorpusIndexer(CorpusReader reader, MarkdownParser parser, IndexStore store, Runnable afterCommit,
                         Consumer<CorpusFile> onFileDone) throws IOException {
        this.reader = reader;
        this.pages = new PageTexts(reader);
        this.parser = parser;
        this.store = store;
        this.afterCommit = afterCommit;
        this.onFileDone = onFileDone;
        committed.putAll(store.committedArticleHashes());
    }

    /** Brings the index up to date with the corpus, re-parsing only files whose content changed. */
    public synchronized SyncReport catchUp() throws IOException {
        return apply(reader.list(), false);
    }

    /**
     * The first pass after start: verifies the index's checksums (not done when it was opened, so that the
     * server answers sooner), then catches up; a damaged index is emptied and rebuilt from the corpus instead.
     */
    public synchronized SyncReport catchUpAtStart() throws IOException {
        String damage = store.verifyIntegrity();
        if (damage == null) {
            return catchUp();
        }
        store.discardDamaged(damage);
        committed.clear();
        return rebuild();
    }

    /** Re-reads and re-parses every file; the old index answers searches until the single commit. */
    public synchronized SyncReport rebuild() throws IOException {
        return apply(reader.list(), true);
    }

    /**
     * Applies changes to the given paths (created, modified, deleted or renamed files under the corpus) in one
     * pass and one commit, so a rename (the old path gone, the new one present) is atomic. A path that is or
     * was a folder, or lies outside the corpus, falls back to a catch-up of the whole corpus.
     */
    public synchronized SyncReport update(Collection<Path> paths) throws IOException {
        List<CorpusFile> present = new ArrayList<>();
        Set<String> gone = new HashSet<>();
        for (Path path : paths) {
            CorpusFile file = reader.toCorpusFile(path);
            if (file == null || Files.isDirectory(path) || isKnownFolder(file.id())) {
                return catchUp();
            }
            if (reader.isArticle(file)) {
                present.add(file);
            } else {
                // Deleted, or not an article (any more): a no-op unless an indexed article had this id.
                gone.add(file.id());
            }
            // The pages that include it now show its new text (or lose it): they are re-read in the same pass.
            dependants(file.id()).forEach(present::add);
        }
        List<CorpusFile> distinct = present.stream().filter(f -> !gone.contains(f.id()))
                .collect(java.util.stream.Collectors.toMap(CorpusFile::id, f -> f, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(CorpusFile::id)).toList();
        return apply(distinct, gone, false, System.nanoTime());
    }

    /** Articles that failed to (re-)index, by id; cleared by the next good version. */
    public Map<String, IndexingProblem> problems() {
        return Map.copyOf(problems);
    }

    /** Ids of the articles in the last commit, with their content hashes. */
    public Map<String, String> committedArticles() {
        return Map.copyOf(committed);
    }

    /**
     * True when a file at this path is included by (or was looked for as an include of) some article, so a change
     * to it must reach those articles, whatever its name.
     */
    public boolean isIncluded(Path path) {
        CorpusFile file = reader.toCorpusFile(path);
        return file != null && includes.values().stream().anyMatch(set -> set.contains(file.id()));
    }

    /** The articles of the corpus that include the file with this id, directly or through other includes. */
    private List<CorpusFile> dependants(String id) {
        return includes.entrySet().stream().filter(e -> e.getValue().contains(id)).map(e -> reader.forId(e.getKey()))
                .filter(f -> f != null && reader.isArticle(f)).toList();
    }

    private boolean isKnownFolder(String id) {
        String prefix = id + "/";
        return committed.keySet().stream().anyMatch(a -> a.startsWith(prefix));
    }

    private SyncReport apply(List<CorpusFile> files, boolean force) throws IOException {
        long start = System.nanoTime();
        Set<String> gone = new HashSet<>(committed.keySet());
        files.forEach(f -> gone.remove(f.id()));
        // Problems of files that no longer exist are stale.
        problems.keySet().removeIf(id -> files.stream().noneMatch(f -> f.id().equals(id)));
        SyncReport report = apply(files, gone, force, start);
        // Saved after whole-corpus passes only: a watcher pass touches a few files, which the next start re-hashes.
        memo.retainOnly(files.stream().map(CorpusFile::id).toList());
        memo.save();
        return report;
    }

    /** Readies the writer and the file-hash memo (read by the first pass) for a pass. */
    private void prepareStore() throws IOException {
        // After a failed pass Lucene may have closed its writer: open a new one now rather than fail again.
        store.reopenIfClosed();
        if (memo == null) {
            memo = FileHashMemo.load(store.path(), reader);
        }
    }

    private SyncReport apply(List<CorpusFile> files, Set<String> gone, boolean force, long start)
            throws IOException {
        Map<String, String> written = new HashMap<>();
        List<IndexingProblem> failed = new ArrayList<>();
        int unchanged = 0;
        int sections = 0;
        prepareStore();
        // Edits compare their documents with those the index holds now, to rewrite only what changed.
        store.beginPass();
        try {
            for (Outcome outcome : writeAll(files, force)) {
                if (outcome.vanished()) {
                    // Listed, then deleted before it was read (during a rebuild, say): gone like any deleted file.
                    gone.add(outcome.id());
                } else if (outcome.problem() != null) {
                    failed.add(outcome.problem());
                } else if (outcome.hash() == null) {
                    unchanged++;
                } else {
                    written.put(outcome.id(), outcome.hash());
                    sections += outcome.sections();
                }
            }
            List<String> deleted = deleteGone(gone);
            if (!written.isEmpty() || !deleted.isEmpty()) {
                store.commit();
                committed.putAll(written);
                deleted.forEach(committed::remove);
                afterCommit.run();
            }
            return new SyncReport(List.copyOf(written.keySet()).stream().sorted().toList(), deleted, unchanged,
                    failed, sections, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            store.rollback();
            throw e;
        }
    }

    /**
     * What happened to one file: written (hash set), unchanged (no hash, no problem), failed (a problem), or
     * vanished (no longer an article of the corpus when it was to be read).
     */
    private record Outcome(String id, String hash, int sections, IndexingProblem problem, boolean vanished) {
        Outcome(String id, String hash, int sections, IndexingProblem problem) {
            this(id, hash, sections, problem, false);
        }

        static Outcome vanished(String id) {
            return new Outcome(id, null, 0, null, true);
        }
    }

    /**
     * Reads, parses and writes the files, on every core when there are several: a full build of a large
     * corpus is CPU-bound in parsing and analysis, and IndexWriter takes documents from many threads. Outcomes
     * come back in file order, so reports do not depend on scheduling.
     */
    private List<Outcome> writeAll(List<CorpusFile> files, boolean force) throws IOException {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            List<Outcome> outcomes = new ArrayList<>();
            for (CorpusFile file : files) {
                outcomes.add(writeAndTell(file, force));
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("docsift-index-", 1).factory());
        List<Future<Outcome>> futures = new ArrayList<>();
        try {
            for (CorpusFile file : files) {
                futures.add(pool.submit(() -> writeAndTell(file, force)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(result(future));
            }
            return outcomes;
        } finally {
            // No interrupts (they would close Lucene's file channels); wait, so nothing writes after a rollback.
            futures.forEach(f -> f.cancel(false));
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    private Outcome writeAndTell(CorpusFile file, boolean force) throws IOException {
        Outcome outcome = write(file, force);
        onFileDone.accept(file);
        return outcome;
    }

    private Outcome write(CorpusFile file, boolean force) throws IOException {
        Read read = readChanged(file, force);
        if (read.vanished()) {
            return Outcome.vanished(file.id());
        }
        Article article = read.article();
        if (article == null) {
            return new Outcome(file.id(), null, 0, read.problem());
        }
        if (article.sections().isEmpty() && !committed.containsKey(article.id())) {
            // Nothing indexed and nothing to index. An article without sections leaves no documents, so no
            // stored hash either: without this, every start-up rewrote and committed each empty file again.
            return new Outcome(file.id(), null, 0, null);
        }
        try {
            if (force) {
                store.replaceArticle(article);
            } else {
                store.updateArticle(article);
            }
        } catch (IllegalArgumentException e) {
            // A limit of the index (a term or value too large) rejects this article's documents as a whole, and
            // IndexWriter leaves its previous version in place: reported like a file that cannot be parsed.
            return new Outcome(file.id(), null, 0, report(file.id(), file.id() + ": cannot be indexed: " + e.getMessage()));
        }
        return new Outcome(article.id(), article.contentHash(), article.sections().size(), null);
    }

    private static Outcome result(Future<Outcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("indexing interrupted");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What reading one file gave: the parsed article when its content differs from the committed one (or when
     * forced), nothing when it is unchanged, a problem, or that the file vanished.
     */
    private record Read(Article article, IndexingProblem problem, boolean vanished) {
        static final Read UNCHANGED = new Read(null, null, false);
        static final Read VANISHED = new Read(null, null, true);
    }

    private Read readChanged(CorpusFile file, boolean force) {
        try {
            String committedHash = committed.get(file.id());
            Set<String> unchangedFrom = force ? null : memo.unchangedFiles(file.id(), committedHash);
            if (unchangedFrom != null) {
                // Not read: the include graph comes from the memo, as reading would have given it.
                includes.put(file.id(), without(unchangedFrom, file.id()));
                problems.remove(file.id());
                return Read.UNCHANGED;
            }
            Instant readAt = Instant.now();
            // The hash covers the included text too: a catch-up re-indexes a page whose include changed while
            // docsift was not running.
            Expanded page = pages.read(file);
            includes.put(file.id(), page.includes());
            String text = page.text();
            String hash = Hashes.sha256Hex(text);
            memo.remember(file.id(), hash, page.includes(), readAt);
            if (!force && hash.equals(committedHash)) {
                problems.remove(file.id());
                return Read.UNCHANGED;
            }
            Article article = parser.parse(file.id(), text);
            problems.remove(file.id());
            return new Read(article, null, false);
        } catch (CorpusFileException e) {
            if (!reader.isArticle(file)) {
                // Deleted (or replaced by something that is no article) after the pass listed it: not a problem
                // of the file, and its previous version must go rather than stay searchable.
                problems.remove(file.id());
                includes.remove(file.id());
                return Read.VANISHED;
            }
            return new Read(null, report(file.id(), e.getMessage()), false);
        } catch (RuntimeException e) {
            // A parser failure on one file must not stop the others; it is reported, not swallowed.
            return new Read(null, report(file.id(), file.id() + ": cannot be parsed: " + e), false);
        }
    }

    private static Set<String> without(Set<String> ids, String id) {
        SortedSet<String> rest = new TreeSet<>(ids);
        rest.remove(id);
        return Collections.unmodifiableSortedSet(rest);
    }

    private IndexingProblem report(String articleId, String message) {
        LOG.error("Not indexed, previous version kept: {}", message);
        IndexingProblem problem = new IndexingProblem(articleId, message, Instant.now());
        problems.put(articleId, problem);
        return problem;
    }

    private List<String> deleteGone(Set<String> gone) throws IOException {
        List<String> deleted = new ArrayList<>();
        for (String id : gone.stream().sorted().toList()) {
            if (committed.containsKey(id)) {
                store.deleteArticle(id);
                deleted.add(id);
            }
            problems.remove(id);
            includes.remove(id);
        }
        return deleted;
    }
}
