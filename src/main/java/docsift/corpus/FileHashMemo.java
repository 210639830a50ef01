package docsift.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private final Path file;
    private final Path corpus;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private FileHashMemo(Path file, Path corpus) {
        this.file = file;
        this.corpus = corpus;
    }

    /** The memo kept in this index folder for this corpus (empty when there is none yet or it cannot be read). */
    static FileHashMemo load(Path indexFolder, Path corpus) {
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
     * The file's metadata now, or null when it cannot be read (the file is then read and reported as usual). Links
     * are followed: a linked article changes when its target does.
     */
    Stat stat(String id) {
        try {
            return Stat.of(Files.readAttributes(corpus.resolve(id), BasicFileAttributes.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The remembered hash of the article when none of its files' metadata changed since, else null. */
    String unchangedHash(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return null;
        }
        for (Map.Entry<String, Stat> read : entry.files().entrySet()) {
            if (!read.getValue().equals(stat(read.getKey()))) {
                return null;
            }
        }
        return entry.hash();
    }

    /**
     * Remembers the hash of an article read from these files (each stat taken before that file was read), unless
     * one of them was modified just before it was read or could not be stat'ed.
     */
    void remember(String id, String hash, Map<String, Stat> files, Instant readAt) {
        long racyAfter = readAt.toEpochMilli() * 1_000_000L - RACY.toNanos();
        boolean settled = files.containsKey(id) && files.entrySet().stream().allMatch(f -> f.getValue() != null
                && f.getValue().modifiedNanos() < racyAfter && isPlain(f.getKey()) && isPlain(f.getValue().fileKey()));
        if (settled) {
            entries.put(id, new Entry(hash, Map.copyOf(files)));
        } else {
            entries.remove(id);
        }
    }

    /** Forgets every article not among these ids (deleted ones), so the memo does not grow with renames. */
    void retainOnly(Collection<String> ids) {
        Set<String> keep = Set.copyOf(ids);
        entries.keySet().removeIf(id -> !keep.contains(id));
    }

    /** Writes the memo (to a temporary file, then renamed over the old one); a failure is logged, not thrown. */
    void save() {
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
