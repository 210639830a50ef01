package docsift.settings;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Which folders of the corpus are versions of the same pages ({@code v23.2/}, {@code v25.4/}), how versions
 * are ordered, and which one readers see by default. Immutable and thread-safe.
 *
 * @param folders globs over one path segment ({@code v*}) or plain folder names; empty: no version folders
 * @param current the version shown by default; empty: the newest by {@link #ORDER}
 */
public record Versions(List<String> folders, Optional<String> current) {
    /** No version folders: every folder is a folder of its own (docsift's behaviour without settings). */
    public static final Versions NONE = new Versions(List.of(), Optional.empty());

    /**
     * Version order, oldest first: numbers compared as numbers ({@code v23.2 < v25.4 < v26.3}, {@code v9 < v10}),
     * other text as text; a name with more parts is newer when the shared parts are equal ({@code v2 < v2.1}).
     */
    public static final Comparator<String> ORDER = Versions::compare;

    /** A version's parts: runs of digits, and runs of other text between separators. */
    private static final Pattern PART = Pattern.compile("\\d+|[^\\d.\\-_]+");

    public Versions {
        folders = List.copyOf(folders);
        Objects.requireNonNull(current, "current");
    }

    /** True when version folders are configured. */
    public boolean enabled() {
        return !folders.isEmpty();
    }

    /** True when this one path segment (a folder name, no slash) names a version folder. */
    public boolean isVersionFolder(String segment) {
        return folders.stream().anyMatch(glob -> Globs.matches(glob, segment));
    }

    /** The version folder an article lies in (its first path segment that is one), if any. */
    public Optional<String> versionOf(String articleId) {
        String[] segments = articleId.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (isVersionFolder(segments[i])) {
                return Optional.of(segments[i]);
            }
        }
        return Optional.empty();
    }

    /** The version to show among those a page exists in: the configured current one if present, else the newest. */
    public Optional<String> preferred(Collection<String> versions) {
        if (current.isPresent() && versions.contains(current.get())) {
            return current;
        }
        return versions.stream().max(ORDER);
    }

    private static int compare(String a, String b) {
        String[] left = parts(a);
        String[] right = parts(b);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = comparePart(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
    }

    private static String[] parts(String version) {
        return PART.matcher(version).results().map(MatchResult::group).toArray(String[]::new);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit);
        if (!numbers) {
            return a.compareTo(b);
        }
        // Numerically without overflow: strip leading zeros, then the longer number is the larger one.
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
