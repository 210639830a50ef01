package docsift.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the content hash of each article under the size, modification time and file key (inode) of the files
 * it was read from, so a catch-up reads and hashes only the articles whose files' metadata changed, as make,
 * rsync's quick check and git's index do: on cockroachdb-docs, reading and hashing 14,885 unchanged files was most
 * of the start-up. It is a shortcut and nothing more: the hashes in the index's last commit stay what an article
 * is compared with, and a memo that is missing, unreadable or of another format only means files are read and
 * hashed as before. Persisted as one text file beside the index's own files, written after whole-corpus passes.
 * Thread-safe.
 */
final class FileHashMemo {
    private static final Logger LOG = LoggerFactory.getLogger(FileHashMemo.class);
    /** The memo's file in the index folder: Lucene leaves files of names it does not use alone. */
    static final String FILE_NAME = "docsift-file-hashes.tsv";
    private static final String HEADER = "docsift-file-hashes 2";
    /**
     * A file modified this shortly before it was read could change again within the same clock tick of its
     * file system without its metadata showing it (git's "racy clean" case): such an article is not remembered.
     */
    static final Duration RACY = Duration.ofSeconds(2);

    /** What identifies one version of a file without reading it. */
    record Stat(long size, long modifiedNanos, String fileKey) {
        static Stat of(BasicFileAttributes attributes) {
            Instant modified = attributes.lastModifiedTime().toInstant();
            Object key = attributes.fileKey();
            return new Stat(attributes.size(), modified.getEpochSecond() * 1_000_000_000L + modified.getNano(),
                    key == null ? "-" : key.toString());
        }
    }

    /** An article's hash and the files (by id) it was read from, each with its metadata before it was read. */
    private record Entry(String hash, Map<String, Stat> files) {
    }

    /** How an include that was looked for but did not exist is remembered: it must still not exist. */
    static final Stat ABSENT = new Stat(-1, 0, "absent");

    private final Path file;
    private final CorpusReader corpus;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** True when {@link #entries} differ from the file: set from the indexing threads, cleared by save(). */
    private volatile boolean changed;

    private FileHashMemo(Path file, CorpusReader corpus) {
        this.file = file;
        this.corpus = corpus;
    }

    /** The memo kept in this index folder for this corpus (empty when there is none yet or it cannot be read). */
    static FileHashMemo load(Path indexFolder, CorpusReader corpus) {
        FileHashMemo memo = new FileHashMemo(indexFolder.resolve(FILE_NAME), corpus);
        try {
            memo.read();
        } catch (IOException | RuntimeException e) {
            // Only a shortcut: without it every file is read and hashed, as before the memo existed.
            memo.entries.clear();
            LOG.debug("File hash memo not used: {}", e.toString());
        }
        return memo;
    }

    /**
     * The file's metadata now: {@link #ABSENT} when there is no such file in the corpus, null when it cannot be read
     * (the article is then read and reported as usual). Links are followed: a linked file changes with its target.
     */
    Stat stat(String id) {
        CorpusFile corpusFile = corpus.forId(id);
        if (corpusFile == null) {
            return ABSENT;
        }
        try {
            return Stat.of(Files.readAttributes(corpusFile.path(), BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The ids of the files the article was read from (itself and its includes) when it was last read with content
     * of this committed hash and none of those files' metadata changed since; null when it must be read.
     */
    Set<String> unchangedFiles(String id, String committedHash) {
        Entry entry = entries.get(id);
        if (entry == null || committedHash == null || !committedHash.equals(entry.hash())) {
            return null;
        }
        for (Map.Entry<String, Stat> read : entry.files().entrySet()) {
            if (!read.getValue().equals(stat(read.getKey()))) {
                return null;
            }
        }
        return entry.files().keySet();
    }

    /**
     * Remembers the hash of an article read, from {@code readAt} on, from its file and these includes. Their
     * metadata is taken now, after the read: a file modified since {@code readAt} (or just before) has a newer
     * modification time than the guard allows, so it is not remembered and is read again at the next pass.
     */
    void remember(String id, String hash, Set<String> includes, Instant readAt) {
        Map<String, Stat> files = new HashMap<>();
        files.put(id, stat(id));
        includes.forEach(include -> files.put(include, stat(include)));
        long racyAfter = readAt.toEpochMilli() * 1_000_000L - RACY.toNanos();
        boolean settled = !includes.contains(id) && files.get(id) != ABSENT && files.entrySet().stream()
                .allMatch(f -> f.getValue() != null && f.getValue().modifiedNanos() < racyAfter
                        && isPlain(f.getKey()) && isPlain(f.getValue().fileKey()));
        Entry after = settled ? new Entry(hash, Map.copyOf(files)) : null;
        Entry before = after != null ? entries.put(id, after) : entries.remove(id);
        if (!java.util.Objects.equals(before, after)) {
            changed = true;
        }
    }

    /** Forgets every article not among these ids (deleted ones), so the memo does not grow with renames. */
    void retainOnly(Collection<String> ids) {
        Set<String> keep = Set.copyOf(ids);
        if (entries.keySet().removeIf(id -> !keep.contains(id))) {
            changed = true;
        }
    }

    /**
     * Writes the memo (to a temporary file, then renamed over the old one) when it changed since it was read or
     * last saved; a failure is logged, not thrown. A start on an untouched corpus writes nothing.
     */
    void save() {
        if (!changed) {
            return;
        }
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                out.write(line(entry.getKey(), entry.getValue()));
                out.newLine();
            }
        } catch (IOException e) {
            LOG.debug("File hash memo not saved: {}", e.toString());
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException e) {
            LOG.debug("File hash memo not saved: {}", e.toString());
        }
    }

    /** No tab or line break, so a line splits back into its fields. */
    private static boolean isPlain(String field) {
        return field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0;
    }

    /** {@code id, hash, then size, modified, key and id of each file read}, tab-separated. */
    private static String line(String id, Entry entry) {
        StringBuilder line = new StringBuilder(id).append('\t').append(entry.hash());
        entry.files().forEach((read, stat) -> line.append('\t').append(stat.size()).append('\t')
                .append(stat.modifiedNanos()).append('\t').append(stat.fileKey()).append('\t').append(read));
        return line.toString();
    }

    private void read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 6 || (f.length - 2) % 4 != 0) {
                throw new IOException("malformed line in " + file);
            }
            Map<String, Stat> files = new HashMap<>();
            for (int i = 2; i < f.length; i += 4) {
                files.put(f[i + 3], new Stat(Long.parseLong(f[i]), Long.parseLong(f[i + 1]), f[i + 2]));
            }
            entries.put(f[0], new Entry(f[1], Map.copyOf(files)));
        }
    }
}
