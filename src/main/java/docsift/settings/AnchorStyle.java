package docsift.settings;

/** The heading-id style of the live site's generator, so links land on the site's own anchors. */
public enum AnchorStyle {
    /** GitHub and Jekyll (kramdown's GFM mode): lower case, punctuation dropped, spaces to hyphens. */
    GITHUB,
    /** Python-Markdown's toc extension (MkDocs): lower case, non-word characters dropped, runs of spaces and hyphens to one hyphen. */
    PYTHON_MARKDOWN,
    /** Docusaurus: GitHub's style, with an explicit {@code {#id}} winning. */
    DOCUSAURUS
}
