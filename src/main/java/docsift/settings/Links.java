package docsift.settings;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How hits link to the live site. Immutable.
 *
 * @param baseUrl the live site's root ({@code https://www.cockroachlabs.com/docs/}), absolute http(s), ending in
 *                a slash; empty: hits link to docsift's own article pages
 * @param urls    how a file path becomes its URL under {@code baseUrl}
 * @param anchors the generator's heading-id style
 */
public record Links(Optional<URI> baseUrl, UrlStyle urls, AnchorStyle anchors) {
    /** No live site: docsift's own pages, GitHub-style anchors (what docsift renders). */
    public static final Links NONE = new Links(Optional.empty(), UrlStyle.HTML, AnchorStyle.GITHUB);

    public Links {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(anchors, "anchors");
    }
}
