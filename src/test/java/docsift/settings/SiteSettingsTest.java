package docsift.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docsift.yml read and checked: defaults without it, every setting, and errors naming file, line and setting. */
class SiteSettingsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/corpora/versioned-site");

    @TempDir
    Path root;

    private SiteSettings load(String yaml) throws IOException {
        Files.writeString(root.resolve(SiteSettings.FILE_NAME), yaml);
        return SiteSettings.load(root);
    }

    private String error(String yaml) throws IOException {
        Files.writeString(root.resolve(SiteSettings.FILE_NAME), yaml);
        return assertThrows(SettingsException.class, () -> SiteSettings.load(root)).getMessage();
    }

    @Test
    void withoutAFileTheDefaultsAreDocsiftsOwnBehaviour() {
        SiteSettings settings = SiteSettings.load(root);
        assertSame(SiteSettings.DEFAULTS, settings);
        assertEquals("docsift", settings.title());
        assertEquals(Optional.empty(), settings.links().baseUrl());
        assertFalse(settings.versions().enabled());
        assertEquals(Optional.empty(), settings.versions().versionOf("v1.0/a.md"));
        assertEquals(List.of(), settings.examples());
    }

    @Test
    void anEmptyOrCommentOnlyFileIsTheDefaults() throws IOException {
        assertSame(SiteSettings.DEFAULTS, load("# nothing set yet\n"));
        assertSame(SiteSettings.DEFAULTS, load(""));
    }

    @Test
    void theFixtureSitesSettingsAreReadWhole() {
        SiteSettings settings = SiteSettings.load(FIXTURE);
        assertEquals("FixtureDB Docs", settings.title());
        assertEquals(Optional.of(URI.create("https://docs.fixturedb.example/docs/")), settings.links().baseUrl());
        assertEquals(UrlStyle.HTML, settings.links().urls());
        assertEquals(AnchorStyle.GITHUB, settings.links().anchors());
        assertEquals(List.of("archived"), settings.exclude());
        assertEquals(List.of("v*"), settings.versions().folders());
        assertEquals(Optional.of("v2.0"), settings.versions().current());
        assertEquals(List.of("begin transaction", "savepoint rollback", "backup retention"), settings.examples());
        assertEquals(List.of("https://docs.fixturedb.example"), settings.embedOrigins());
    }

    @Test
    void enumsTakeLowerCaseWithHyphensAndUrlsGetTheirTrailingSlash() throws IOException {
        SiteSettings settings = load("""
                links:
                  baseUrl: https://example.org/docs
                  urls: mkdocs
                  anchors: python-markdown
                exclude: [api/, "old/v1"]
                embed:
                  origins: ["https://docs.example.com/"]
                """);
        assertEquals(URI.create("https://example.org/docs/"), settings.links().baseUrl().orElseThrow());
        assertEquals(UrlStyle.MKDOCS, settings.links().urls());
        assertEquals(AnchorStyle.PYTHON_MARKDOWN, settings.links().anchors());
        assertEquals(List.of("api", "old/v1"), settings.exclude());
        assertTrue(settings.isExcluded("old/v1/page.md"));
        assertTrue(settings.isExcluded("api"));
        assertFalse(settings.isExcluded("apis/page.md"));
        assertEquals(List.of("https://docs.example.com"), settings.embedOrigins());
    }

    @Test
    void versionsAreOrderedByNumberNotByText() {
        List<String> sorted = List.of("v9.1", "v26.3", "v23.2", "v25.4", "v10.0", "v25.4.1").stream()
                .sorted(Versions.ORDER).toList();
        assertEquals(List.of("v9.1", "v10.0", "v23.2", "v25.4", "v25.4.1", "v26.3"), sorted);
        assertTrue(Versions.ORDER.compare("v26.3", "v25.4") > 0);
        assertTrue(Versions.ORDER.compare("v25.4", "v23.2") > 0);
    }

    @Test
    void versionFoldersByGlobOrByNameAndTheCurrentOne() throws IOException {
        Versions glob = load("versions:\n  folders: \"v*\"\n").versions();
        assertTrue(glob.isVersionFolder("v25.4"));
        assertFalse(glob.isVersionFolder("current"));
        assertEquals(Optional.of("v25.4"), glob.versionOf("current/v25.4/begin.md"));
        assertEquals(Optional.empty(), glob.versionOf("v25.4.md"));
        assertEquals(Optional.of("v26.3"), glob.preferred(List.of("v23.2", "v26.3", "v25.4")));

        Versions named = load("versions:\n  folders: [stable, next, \"1.x\"]\n  current: stable\n").versions();
        assertTrue(named.isVersionFolder("1.x"));
        assertFalse(named.isVersionFolder("1y"));
        assertEquals(Optional.of("stable"), named.preferred(List.of("next", "stable")));
        assertEquals(Optional.of("next"), named.preferred(List.of("next")));
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheSetting() throws IOException {
        String message = error("title: Docs\nlinks:\n  baseUrl: https://example.org/\n  style: pretty\n");
        assertEquals(root.resolve("docsift.yml") + " line 4: links.style: unknown setting (known here: anchors, baseUrl, urls)",
                message);
        assertTrue(error("titel: Docs\n").contains("line 1: titel: unknown setting"), message);
    }

    @Test
    void aBadEnumAWrongTypeOrABadUrlIsAnErrorOnItsLine() throws IOException {
        assertTrue(error("links:\n  urls: prety\n").endsWith(
                " line 2: links.urls: \"prety\" is not one of pretty, html, mkdocs, docusaurus"));
        assertTrue(error("links:\n  anchors: gitlab\n").contains(
                "line 2: links.anchors: \"gitlab\" is not one of github, python-markdown, docusaurus"));
        assertTrue(error("title: Docs\nexclude: archived\n").contains("line 2: exclude: must be a list"));
        assertTrue(error("title: [a, b]\n").contains("line 1: title: must be text, not a list"));
        assertTrue(error("links:\n  baseUrl: www.example.org/docs\n").contains(
                "line 2: links.baseUrl: \"www.example.org/docs\" must be an absolute http or https URL"));
        assertTrue(error("links:\n  baseUrl: \"https://exa mple.org/\"\n").contains(
                "line 2: links.baseUrl: \"https://exa mple.org/\" is not a valid URL"));
        assertTrue(error("examples:\n  - begin\n  - 42\n").contains("line 3: examples[1]: must be text, not a number"));
        assertTrue(error("embed:\n  origins: [\"https://a.example/path\"]\n").contains("line 2: embed.origins[0]: "));
    }

    @Test
    void versionSettingsAreChecked() throws IOException {
        assertTrue(error("versions:\n  current: v2\n").contains("line 1: versions: needs folders"));
        assertTrue(error("versions:\n  folders: \"v*\"\n  current: latest\n").contains(
                "line 3: versions.current: \"latest\" is not a version folder"));
        assertTrue(error("versions:\n  folders: \"docs/v*\"\n").contains("line 2: versions.folders: "));
        assertTrue(error("exclude: [../elsewhere]\n").contains("line 1: exclude[0]: "));
    }

    @Test
    void brokenYamlAndRepeatedKeysAreErrorsWithTheirLine() throws IOException {
        String broken = error("title: Docs\nlinks:\n  urls: [html\n");
        assertTrue(broken.startsWith(root.resolve("docsift.yml") + " line "), broken);
        assertTrue(broken.contains("not valid YAML"), broken);
        assertTrue(error("title: A\ntitle: B\n").contains("line 2"));
        assertTrue(error("- just\n- a list\n").contains("line 1: (the file): must be a mapping"));
    }
}
