package docsift.settings;

/**
 * How the live site turns a file path into its URL (front matter {@code permalink}/{@code slug} win over it).
 * Written in {@code docsift.yml} in lower case ({@code urls: mkdocs}).
 */
public enum UrlStyle {
    /** Jekyll/Hugo pretty URLs: {@code guide/install.md} is {@code guide/install/}. */
    PRETTY,
    /** Jekyll's default for pages: {@code guide/install.md} is {@code guide/install.html}. */
    HTML,
    /** MkDocs' directory URLs: {@code guide/install.md} is {@code guide/install/}, {@code index.md} its folder. */
    MKDOCS,
    /** Docusaurus: {@code docs/guide/install.md} is {@code docs/guide/install}, no trailing slash, no extension. */
    DOCUSAURUS
}
