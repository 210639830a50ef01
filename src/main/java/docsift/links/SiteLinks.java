package docsift.links;

import docsift.settings.AnchorStyle;
import docsift.settings.Links;
import docsift.settings.UrlStyle;
import java.net.URI;
import java.util.Objects;

/**
 * Links into the live documentation site: its base URL, how its generator names pages and how it names
 * heading ids. Immutable and thread-safe; one per server, shared by every search.
 */
public final class SiteLinks {
    private final String base;
    private final UrlStyle urls;
    private final AnchorStyle anchors;

    /**
     * @param baseUrl the site's address, an absolute http(s) URL ({@code https://docs.example.com/guide/});
     *                page paths are relative to it, so a missing final slash is added
     */
    public SiteLinks(URI baseUrl, UrlStyle urls, AnchorStyle anchors) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("the site's base URL must be an absolute http(s) URL: " + baseUrl);
        }
        String text = baseUrl.toString().replaceFirst("[?#].*$", "");
        this.base = text.endsWith("/") ? text : text + "/";
        this.urls = Objects.requireNonNull(urls, "urls");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
    }

    /** The links of a site's settings: null when they name no base URL (hits then link to docsift only). */
    public static SiteLinks of(Links links) {
        return links.baseUrl().map(base -> new SiteLinks(base, links.urls(), links.anchors())).orElse(null);
    }

    /** The live page of {@code target}'s article, at its section's id when it has one. */
    public String url(LinkTarget target) {
        String page = base + PagePaths.path(target, urls);
        String id = LiveAnchors.anchor(anchors, target.heading(), target.anchor());
        return id.isEmpty() ? page : page + "#" + PagePaths.encodeSegment(id);
    }

    /** The site's base URL, ending in a slash. */
    public String base() {
        return base;
    }
}
