package docsift.links;

import java.util.Objects;

/**
 * What a live-site link is made from: one section of one article as the index holds it. Immutable.
 *
 * @param article   article id, the file's path relative to the corpus root ({@code guide/install.md})
 * @param permalink the front matter's {@code permalink} (Jekyll) or {@code url} (Hugo), or null
 * @param slug      the front matter's {@code slug} (Docusaurus, Hugo), or null
 * @param heading   the section's heading as plain text ({@code ""} for the lead section)
 * @param anchor    docsift's anchor for the section: GitHub-style, or the id the author gave; {@code ""} for the lead
 */
public record LinkTarget(String article, String permalink, String slug, String heading, String anchor) {
    public LinkTarget {
        Objects.requireNonNull(article, "article");
        heading = heading == null ? "" : heading;
        anchor = anchor == null ? "" : anchor;
        permalink = blankToNull(permalink);
        slug = blankToNull(slug);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
