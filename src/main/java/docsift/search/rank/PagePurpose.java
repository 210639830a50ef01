package docsift.search.rank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page is for, as its file path and title say: release notes (changelogs, migration and upgrade guides),
 * a guide (tutorials, how-tos, getting started), reference, or nothing known. Documentation sites name these
 * folders and pages alike (Docusaurus's "guides" and "reference", MkDocs' "tutorial", Jekyll's "releases"), and a
 * reader who sees the path agrees on the purpose. Stateless.
 */
public enum PagePurpose {
    RELEASE_NOTES, GUIDE, REFERENCE, UNKNOWN;

    private static final Set<String> RELEASE_WORDS = Set.of("changelog", "changes", "releases", "release",
            "releasenotes", "migration", "migrating", "upgrade", "upgrading", "whatsnew", "history");
    private static final Set<String> GUIDE_WORDS = Set.of("guide", "guides", "tutorial", "tutorials", "howto",
            "howtos", "cookbook", "recipes", "walkthrough", "learn");
    private static final Set<String> REFERENCE_WORDS = Set.of("reference", "api", "apis");

    /** The purpose of the page with this corpus-relative path and title; release notes win over a guide. */
    public static PagePurpose of(String articleId, String title) {
        List<String> words = words(articleId + " " + title);
        if (words.stream().anyMatch(RELEASE_WORDS::contains) || containsPair(words, "what", "new")
                || containsPair(words, "whats", "new")) {
            return RELEASE_NOTES;
        }
        if (words.stream().anyMatch(GUIDE_WORDS::contains) || containsPair(words, "getting", "started")
                || containsPair(words, "how", "to")) {
            return GUIDE;
        }
        return words.stream().anyMatch(REFERENCE_WORDS::contains) ? REFERENCE : UNKNOWN;
    }

    /** Lower-cased words of a path or title: split at separators and where camel case changes ("WhatsNew"). */
    private static List<String> words(String text) {
        String spaced = text.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").replace("'", "");
        return Arrays.stream(spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    private static boolean containsPair(List<String> words, String first, String second) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
                return true;
            }
        }
        return false;
    }
}
