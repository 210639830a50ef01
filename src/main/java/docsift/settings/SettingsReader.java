package docsift.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks {@code docsift.yml}: every key known, every value of the right type and form, so a typo is an
 * error at start rather than a setting silently ignored. Stateless.
 */
final class SettingsReader {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    private static final Set<String> TOP = Set.of("title", "links", "exclude", "versions", "examples", "embed");

    private SettingsReader() {
    }

    static SiteSettings read(Path file) {
        String text = text(file);
        JsonNode root = tree(file, text);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return SiteSettings.DEFAULTS;
        }
        return settings(new SettingsNode(file, SourceLines.of(YAML, text), "", root));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            throw new SettingsException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(Path file, String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String why = e.getOriginalMessage().lines().findFirst().orElse("not valid YAML");
            throw new SettingsException(file + " line " + line + ": not valid YAML: " + why, e);
        }
    }

    private static SiteSettings settings(SettingsNode root) {
        root.requireKeys(TOP);
        String title = root.child("title").map(SettingsNode::text).orElse(SiteSettings.DEFAULT_TITLE);
        Links links = root.child("links").map(SettingsReader::links).orElse(Links.NONE);
        List<String> exclude = root.child("exclude").map(n -> n.list(SettingsReader::folder)).orElse(List.of());
        Versions versions = root.child("versions").map(SettingsReader::versions).orElse(Versions.NONE);
        List<String> examples = root.child("examples").map(n -> n.list(SettingsNode::text)).orElse(List.of());
        List<String> origins = root.child("embed").map(SettingsReader::origins).orElse(List.of());
        return new SiteSettings(title, links, exclude, versions, examples, origins);
    }

    private static Links links(SettingsNode links) {
        links.requireKeys(Set.of("baseUrl", "urls", "anchors"));
        Optional<URI> base = links.child("baseUrl").map(SettingsReader::baseUrl);
        UrlStyle urls = links.child("urls").map(n -> n.choice(UrlStyle.class)).orElse(Links.NONE.urls());
        AnchorStyle anchors = links.child("anchors").map(n -> n.choice(AnchorStyle.class)).orElse(Links.NONE.anchors());
        return new Links(base, urls, anchors);
    }

    /** An absolute http(s) URL; a trailing slash added, since page paths are resolved under it. */
    private static URI baseUrl(SettingsNode node) {
        URI uri = node.httpUrl();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw node.error("must be the site's root URL, without ?query or #fragment");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    }

    /** A folder relative to the corpus root, with forward slashes and no trailing one. */
    private static String folder(SettingsNode node) {
        String folder = node.text().replace('\\', '/').replaceAll("/+$", "");
        boolean escapes = folder.startsWith("/") || List.of(folder.split("/")).stream()
                .anyMatch(part -> part.equals("..") || part.equals(".") || part.isEmpty());
        if (escapes) {
            throw node.error("\"" + node.text() + "\" must be a folder relative to the corpus root, such as archived or api/v1");
        }
        return folder;
    }

    private static Versions versions(SettingsNode versions) {
        versions.requireKeys(Set.of("folders", "current"));
        SettingsNode folders = versions.child("folders").orElseThrow(() -> versions.error("needs folders: a glob such as "
                + "\"v*\" or a list of the version folders' names"));
        List<String> globs = folders.textOrList(SettingsReader::glob);
        Versions partial = new Versions(globs, Optional.empty());
        Optional<String> current = versions.child("current").map(n -> current(n, partial));
        return new Versions(globs, current);
    }

    private static String glob(SettingsNode node) {
        String glob = node.text();
        if (!Globs.isValid(glob)) {
            throw node.error("\"" + glob + "\" must name folders by one path segment (no slash), such as \"v*\"");
        }
        return glob;
    }

    private static String current(SettingsNode node, Versions versions) {
        String current = node.text();
        if (!versions.isVersionFolder(current)) {
            throw node.error("\"" + current + "\" is not a version folder by versions.folders " + versions.folders());
        }
        return current;
    }

    private static List<String> origins(SettingsNode embed) {
        embed.requireKeys(Set.of("origins"));
        return embed.child("origins").map(n -> n.list(SettingsReader::origin)).orElse(List.of());
    }

    /** An origin as browsers send it: scheme, host and port only. */
    private static String origin(SettingsNode node) {
        URI uri = node.httpUrl();
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!bare) {
            throw node.error("\"" + node.text() + "\" must be an origin: scheme, host and port only, such as https://docs.example.com");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
