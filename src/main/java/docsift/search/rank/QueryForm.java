package docsift.search.rank;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the form of a query says about the page a reader wants, apart from its topic words. Immutable.
 *
 * @param aboutVersions the query names a version or asks what changed ("fastify 5", "what changed in
 *                      reply.redirect", "upgrade"): release notes and migration guides may answer it
 * @param howTo         the query asks how or why to do something: a guide's explanation may answer it better
 *                      than a reference entry of the same name
 */
public record QueryForm(boolean aboutVersions, boolean howTo) {
    /** A query with nothing to say about the page's purpose. */
    public static final QueryForm PLAIN = new QueryForm(false, false);

    /**
     * Words that ask about versions and changes between them. General English of release notes, not any one
     * product's: what a reader types when release notes or a migration guide is the answer.
     */
    private static final Set<String> VERSION_WORDS = Set.of("version", "versions", "release", "releases", "released",
            "changed", "changes", "changelog", "new", "upgrade", "upgraded", "upgrading", "migrate", "migrating",
            "migration", "deprecated", "deprecation", "removed", "breaking", "since", "lts");

    /** Question words that ask for a way or a reason rather than a definition. */
    private static final Set<String> HOW_WORDS = Set.of("how", "why");

    /** The form of a query made of these words (as typed, any case; quoted phrases as one string each). */
    public static QueryForm of(List<String> words) {
        boolean versions = false;
        boolean howTo = false;
        for (String text : words) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
                versions |= VERSION_WORDS.contains(word) || isVersionNumber(word);
                howTo |= HOW_WORDS.contains(word);
            }
        }
        return new QueryForm(versions, howTo);
    }

    /** "5", "v5", "25.2", "v25.4.1": a number that names a version. */
    private static boolean isVersionNumber(String word) {
        return word.matches("v?\\d{1,3}(\\.\\d+){0,2}x?");
    }
}
