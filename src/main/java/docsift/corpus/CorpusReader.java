package docsift.corpus;

import docsift.settings.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the Markdown files of a corpus folder and reads them as strict UTF-8 text. Only regular {@code .md},
 * {@code .markdown} and {@code .mdx} files whose real path lies inside the corpus are articles, so a symlink
 * can never pull in text from elsewhere. Immutable and thread-safe.
 */
public final class CorpusReader {
    private static final List<String> MARKDOWN_EXTENSIONS = List.of(".md", ".markdown", ".mdx");
    /** Larger files are refused: no real article is this big, and one must not exhaust the heap. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    /** Why a file in a folder whose name starts with an underscore is no page. */
    public static final String UNDERSCORE_FOLDER = "in a folder whose name starts with _ (includes, layouts, data: "
            + "parts of pages, not pages)";
    /** Why a file in a folder the settings exclude is no page. */
    public static final String EXCLUDED_FOLDER = "in a folder excluded by " + SiteSettings.FILE_NAME;

    private final Path root;
    private final long maxBytes;
    private final SiteSettings site;

    /**
     * @param site the corpus' settings (its excluded folders are not read)
     * @throws IOException when the corpus folder does not exist
     */
    public CorpusReader(Path root, long maxBytes, SiteSettings site) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.root.toRealPath();
        this.maxBytes = maxBytes;
        this.site = java.util.Objects.requireNonNull(site, "site");
    }

    /**
     * A reader of the corpus with the settings of its {@code docsift.yml}, if any.
     *
     * @throws docsift.settings.SettingsException when that file is not valid
     */
    public CorpusReader(Path root, long maxBytes) throws IOException {
        this(root, maxBytes, SiteSettings.load(root.toAbsolutePath().normalize()));
    }

    /** A reader with the settings of the corpus' {@code docsift.yml} (see above) and the default size limit. */
    public CorpusReader(Path root) throws IOException {
        this(root, DEFAULT_MAX_BYTES);
    }

    /** The corpus' site settings, read once when this reader was made. */
    public SiteSettings site() {
        return site;
    }

    /** The corpus folder, absolute and normalised. */
    public Path root() {
        return root;
    }

    /** All articles of the corpus, sorted by id. */
    public List<CorpusFile> list() throws IOException {
        List<CorpusFile> files = new ArrayList<>();
        // Not following links: a link loop cannot trap the walk, and linked files are checked one by one. The
        // root itself may be a link (a deploy's "current"): walking "root/." enters it all the same.
        Files.walkFileTree(root.resolve("."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path path, BasicFileAttributes attributes) {
                // An excluded folder holds no article at any depth (isExcluded matches a folder and all below it).
                CorpusFile folder = toCorpusFile(path);
                return folder != null && exclusion(folder.id() + "/-").isPresent()
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                CorpusFile file = toCorpusFile(path);
                if (file != null && isMarkdownName(file.path()) && exclusion(file.id()).isEmpty()
                        && (isWalkedRegularFile(attributes) || isInside(file.path()))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while the walk ran: simply no longer listed
                }
                throw e;
            }
        });
        files.sort(Comparator.comparing(CorpusFile::id));
        return files;
    }

    /**
     * A regular file that is no link, met by a walk from the root that follows no links, lies inside the corpus
     * by construction: checking it with {@link #isInside} (two real-path resolutions, a system call per folder
     * of the path) took most of a listing's time on a corpus of 15,000 files.
     */
    private static boolean isWalkedRegularFile(BasicFileAttributes attributes) {
        return attributes.isRegularFile() && !attributes.isSymbolicLink();
    }

    /**
     * True when the file is an article of the corpus as it is now: a Markdown name, a regular file, and inside
     * the corpus once links are resolved, outside folders starting with an underscore and folders the site settings
     * exclude. {@link #list()} returns exactly the files for which this holds.
     */
    public boolean isArticle(CorpusFile file) {
        return isMarkdownName(file.path()) && exclusion(file.id()).isEmpty() && isInside(file.path());
    }

    /**
     * Why a file at this corpus id is no page whatever its name: it lies in a folder whose name starts with an
     * underscore (Jekyll's {@code _includes}, {@code _layouts}, {@code _data}: parts of pages, which the pages
     * that include them carry) or in a folder the site settings exclude. Empty when neither holds.
     */
    public Optional<String> exclusion(String id) {
        int slash = id.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String folders = id.substring(0, slash);
        if (folders.startsWith("_") || folders.contains("/_")) {
            return Optional.of(UNDERSCORE_FOLDER);
        }
        return site.isExcluded(folders) ? Optional.of(EXCLUDED_FOLDER) : Optional.empty();
    }

    /**
     * True for a file name that is an article: ends in {@code .md}, {@code .markdown} (Jekyll's other
     * extension) or {@code .mdx} (Docusaurus and other MDX sites), any case, and is not hidden.
     */
    public static boolean isMarkdownName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString().toLowerCase(Locale.ROOT);
        return !text.startsWith(".") && MARKDOWN_EXTENSIONS.stream().anyMatch(text::endsWith);
    }

    /** The corpus file for a path under the root, or null when the path is outside it. */
    public CorpusFile toCorpusFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            return null;
        }
        String id = root.relativize(absolute).toString().replace('\\', '/');
        return new CorpusFile(id, absolute);
    }

    /** The corpus file for an article id, or null when the id would point outside the corpus. */
    public CorpusFile forId(String id) {
        if (id.isEmpty() || id.indexOf('\0') >= 0) {
            return null;
        }
        CorpusFile file = toCorpusFile(root.resolve(id));
        return file != null && file.id().equals(id) ? file : null;
    }

    /** True when the file, after resolving links, is a regular file inside the corpus root. */
    private boolean isInside(Path path) {
        try {
            // The root is resolved anew each time: deploys swap a corpus by re-pointing a symlink or renaming
            // folders, and an old resolution would make every file of the new corpus look outside it.
            return Files.isRegularFile(path) && path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the file as text.
     *
     * @throws CorpusFileException when it is missing, outside the corpus, too large, binary or not UTF-8
     */
    public String read(CorpusFile file) {
        byte[] bytes = readBytes(file);
        if (containsNul(bytes)) {
            throw new CorpusFileException(file.id(), "looks binary (contains NUL bytes), not Markdown text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusFileException(file.id(), "is not valid UTF-8 text", e);
        }
    }

    private byte[] readBytes(CorpusFile file) {
        if (!isInside(file.path())) {
            throw new CorpusFileException(file.id(), "is not a regular file inside the corpus");
        }
        try (InputStream in = Files.newInputStream(file.path())) {
            // Read at most one byte past the limit: the size on disk may change while we read.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new CorpusFileException(file.id(), "is larger than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new CorpusFileException(file.id(), "was deleted before it could be read", e);
        } catch (IOException e) {
            throw new CorpusFileException(file.id(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
