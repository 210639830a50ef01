package docsift.corpus;

import docsift.markdown.site.Expanded;
import docsift.markdown.site.SiteText;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a page as its site generator builds it: the file, with the files it includes (Jekyll
 * {@code {% include %}}, MkDocs snippets, MyST {@code {include}}) expanded into it, read through the same
 * {@link CorpusReader} so that only text files inside the corpus are ever included. The indexer and the article
 * pages (and the evaluation) all read pages here, so hits, line numbers and pages agree. Thread-safe.
 */
public final class PageTexts {
    /**
     * A version folder's name when the settings name none: {@code v25.4}, {@code v2}, {@code 1.10}. Jekyll sites
     * such as cockroachdb-docs set {@code page.version.version} to it.
     */
    private static final Pattern VERSION_LIKE = Pattern.compile("v\\d+(\\.\\d+)*|\\d+\\.\\d+(\\.\\d+)*");

    private final CorpusReader reader;

    public PageTexts(CorpusReader reader) {
        this.reader = reader;
    }

    /**
     * The page's text with its includes expanded, and the files it depends on.
     *
     * @throws CorpusFileException when the page itself cannot be read (an include that cannot be is not included)
     */
    public Expanded read(CorpusFile file) {
        String text = reader.read(file);
        return SiteText.expandIncludes(file.id(), text, version(file.id()), this::include);
    }

    private Optional<String> include(String id) {
        CorpusFile file = reader.forId(id);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(file));
        } catch (CorpusFileException e) {
            return Optional.empty();
        }
    }

    /** The page's version folder: by the site settings when they name version folders, else a version-like name. */
    private String version(String id) {
        var versions = reader.site().versions();
        if (versions.enabled()) {
            return versions.versionOf(id).orElse(null);
        }
        String[] segments = id.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (VERSION_LIKE.matcher(segments[i]).matches()) {
                return segments[i];
            }
        }
        return null;
    }
}
