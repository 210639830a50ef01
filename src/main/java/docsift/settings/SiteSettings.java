package docsift.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A documentation site's settings, from the optional {@value #FILE_NAME} at the corpus root: what the start page
 * and the embeddable search call the site, how hits link to the live site, which folders are not indexed, which
 * folders are versions of the same pages, the start page's example queries and the origins allowed to embed the
 * search. Without the file, {@link #DEFAULTS}: docsift as it is without settings. Immutable and thread-safe.
 *
 * @param title        the site's name (page title, start-page heading)
 * @param links        how hits link to the live site, if there is one
 * @param exclude      folders, relative to the corpus root with forward slashes, whose files are not indexed
 * @param versions     version folders and the current version
 * @param examples     example queries for the start page; empty: derived from the corpus
 * @param embedOrigins origins ({@code https://docs.example.com}) allowed to call the search across origins
 */
public record SiteSettings(String title, Links links, List<String> exclude, Versions versions, List<String> examples,
                           List<String> embedOrigins) {
    /** The settings file's name, at the corpus root. */
    public static final String FILE_NAME = "docsift.yml";
    /** The title when the settings give none. */
    public static final String DEFAULT_TITLE = "docsift";
    /** No settings file: docsift's own behaviour. */
    public static final SiteSettings DEFAULTS = new SiteSettings(DEFAULT_TITLE, Links.NONE, List.of(), Versions.NONE,
            List.of(), List.of());

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(versions, "versions");
        exclude = List.copyOf(exclude);
        examples = List.copyOf(examples);
        embedOrigins = List.copyOf(embedOrigins);
    }

    /**
     * The settings of the corpus at {@code corpusRoot}: its {@value #FILE_NAME} read and checked, or
     * {@link #DEFAULTS} when it has none.
     *
     * @throws SettingsException when the file cannot be read or is not valid (the message names the file, the
     *                           line and the setting)
     */
    public static SiteSettings load(Path corpusRoot) {
        Path file = corpusRoot.resolve(FILE_NAME);
        return Files.exists(file) ? SettingsReader.read(file) : DEFAULTS;
    }

    /**
     * True when the article or folder at this corpus-relative path (forward slashes) lies in an excluded folder.
     */
    public boolean isExcluded(String relativePath) {
        return exclude.stream().anyMatch(folder -> relativePath.equals(folder) || relativePath.startsWith(folder + "/"));
    }
}
