package docsift.links;

import docsift.settings.UrlStyle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's path on the live site, relative to the site's base URL, as its generator makes it from the file's
 * path: MkDocs ({@code use_directory_urls}) and pretty URLs {@code dir/page/}, Jekyll/Hugo {@code dir/page.html},
 * Docusaurus {@code dir/page} (number prefixes such as {@code 01-} dropped, as its default parser does); an index
 * file ({@code index}, {@code README}, Hugo's {@code _index}, Docusaurus' folder-named doc) is its folder's page.
 * A front matter {@code permalink} wins, then a {@code slug}. Stateless.
 */
final class PagePaths {
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(md|markdown|mdx)$");
    /** Docusaurus' default number-prefix parser: {@code 01-intro}, {@code 2. setup}, {@code 3_usage}. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^\\d+\\s*[-_.]+\\s*(?=[^-_.\\s])");
    /** Jekyll placeholders ({@code /:categories/:title/}) need the site's data to expand: not followed. */
    private static final Pattern PLACEHOLDER = Pattern.compile(":[a-z_]+");

    private PagePaths() {
    }

    /** The page path for {@code target}, percent-encoded, without a leading slash ({@code ""} is the site's root). */
    static String path(LinkTarget target, UrlStyle style) {
        if (target.permalink() != null && !PLACEHOLDER.matcher(target.permalink()).find()) {
            return encodePath(stripLeadingSlashes(target.permalink()));
        }
        List<String> folders = folders(target.article(), style);
        if (target.slug() != null) {
            return encodePath(slugPath(folders, target.slug(), style));
        }
        String stem = stem(target.article(), style);
        if (isIndex(stem, folders, style)) {
            return encodePath(folderPath(folders));
        }
        return encodePath(folderPath(folders) + withEnding(stem, style));
    }

    /** A slug starting with "/" is the whole path; else it replaces the file's name in its folder. */
    private static String slugPath(List<String> folders, String slug, UrlStyle style) {
        if (slug.startsWith("/")) {
            return stripLeadingSlashes(slug);
        }
        return folderPath(folders) + (style == UrlStyle.DOCUSAURUS ? slug : withEnding(slug, style));
    }

    private static String withEnding(String stem, UrlStyle style) {
        return switch (style) {
            case PRETTY, MKDOCS -> stem + "/";
            case HTML -> stem + ".html";
            case DOCUSAURUS -> stem;
        };
    }

    private static List<String> folders(String article, UrlStyle style) {
        List<String> parts = new ArrayList<>(Arrays.asList(article.split("/")));
        parts.removeLast();
        return parts.stream().map(part -> clean(part, style)).filter(part -> !part.isEmpty()).toList();
    }

    private static String stem(String article, UrlStyle style) {
        String name = article.substring(article.lastIndexOf('/') + 1);
        return clean(EXTENSION.matcher(name).replaceFirst(""), style);
    }

    private static String clean(String segment, UrlStyle style) {
        return style == UrlStyle.DOCUSAURUS ? NUMBER_PREFIX.matcher(segment).replaceFirst("") : segment;
    }

    /** MkDocs and Jekyll serve index and README as the folder; Hugo has _index; Docusaurus also dir/dir.md. */
    private static boolean isIndex(String stem, List<String> folders, UrlStyle style) {
        boolean named = stem.equalsIgnoreCase("index") || stem.equalsIgnoreCase("readme") || stem.equals("_index");
        boolean folderNamed = style == UrlStyle.DOCUSAURUS && !folders.isEmpty() && stem.equals(folders.getLast());
        return named || folderNamed;
    }

    private static String folderPath(List<String> folders) {
        return folders.isEmpty() ? "" : String.join("/", folders) + "/";
    }

    private static String stripLeadingSlashes(String path) {
        return path.replaceFirst("^/+", "");
    }

    /** Each segment percent-encoded (a space as %20), the slashes between them kept. */
    private static String encodePath(String path) {
        return String.join("/", Arrays.stream(path.split("/", -1)).map(PagePaths::encodeSegment).toList());
    }

    static String encodeSegment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
