package docsift.search.collapse;

import docsift.search.rank.VersionOrder;
import docsift.settings.Versions;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which folders of a corpus are versions of one site, and which version a reader sees by default. An article
 * id whose folders include a version ({@code v25.4/sql/begin.md}) is that version's copy of the page
 * {@code {version}/sql/begin.md}; the first version folder of the path counts, the file name never does.
 * Immutable and thread-safe.
 */
public final class VersionFolders {
    /**
     * Folder names that look like versions when the site settings name none: {@code v25.4}, {@code v2},
     * {@code 1.2}, {@code 2.x}, {@code version-2.x}. A bare number is not one ({@code blog/2023/} is a year).
     */
    private static final Pattern VERSION_LIKE = Pattern.compile(
            "(?i)(v|version-?)\\d+(\\.\\d+)*(\\.x)?|\\d+(\\.\\d+)*\\.(\\d+|x)");
    /** Stands for the version folder in a page key; no article id contains it. */
    static final String PLACEHOLDER = "\u0000version\u0000";

    /** Where an article's version folder is, split out of its id. */
    public record Located(String version, String pageKey, int start) {
        /** The id of the same page in another version. */
        public String in(String otherVersion) {
            return pageKey.substring(0, start) + otherVersion + pageKey.substring(start + PLACEHOLDER.length());
        }
    }

    private final Predicate<String> isVersion;
    private final String current;
    private final Comparator<String> preference;

    /**
     * @param isVersion   whether a folder name is a version
     * @param current     the version shown by default, or null for the newest
     * @param newestFirst the order of versions, newest first
     */
    public VersionFolders(Predicate<String> isVersion, String current, Comparator<String> newestFirst) {
        this.isVersion = Objects.requireNonNull(isVersion);
        this.current = current;
        Comparator<String> currentFirst = Comparator.comparing(v -> !v.equals(current));
        this.preference = currentFirst.thenComparing(newestFirst);
    }

    /** Version folders named by {@code isVersion}, {@code current} shown by default (null: the newest). */
    public VersionFolders(Predicate<String> isVersion, String current) {
        this(isVersion, current, VersionOrder.NEWEST_FIRST);
    }

    /** Version folders recognised by their names ({@link #VERSION_LIKE}), the newest preferred. */
    public static VersionFolders byName() {
        return new VersionFolders(name -> VERSION_LIKE.matcher(name).matches(), null);
    }

    /**
     * The version folders of the site settings ({@code versions.folders}, {@code versions.current}); where
     * they name none (no docsift.yml, or one without versions), folders recognised by their names.
     */
    public static VersionFolders of(Versions versions) {
        if (!versions.enabled()) {
            return byName();
        }
        return new VersionFolders(versions::isVersionFolder, versions.current().orElse(null),
                Versions.ORDER.reversed());
    }

    /** The version folder of an article id, or empty when it is in none. */
    public Optional<Located> locate(String articleId) {
        int start = 0;
        int slash = articleId.indexOf('/');
        while (slash >= 0) {
            String folder = articleId.substring(start, slash);
            if (!folder.isEmpty() && isVersion.test(folder)) {
                String key = articleId.substring(0, start) + PLACEHOLDER + articleId.substring(slash);
                return Optional.of(new Located(folder, key, start));
            }
            start = slash + 1;
            slash = articleId.indexOf('/', start);
        }
        return Optional.empty();
    }

    /** Versions in the order a reader prefers them: the current one first, then newest first. */
    public Comparator<String> preference() {
        return preference;
    }

    /** The version shown by default, or null when that is the newest. */
    public String current() {
        return current;
    }
}
