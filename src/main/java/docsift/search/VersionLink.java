package docsift.search;

/**
 * Another version a hit's section (or a group's page) exists in. Immutable.
 *
 * @param version the version folder ("v25.4")
 * @param article the article id of that version's copy
 * @param url     link to that copy, at the section for a hit
 */
public record VersionLink(String version, String article, String url) {
}
