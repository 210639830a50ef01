package docsift.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.settings.AnchorStyle;
import org.junit.jupiter.api.Test;

/** Heading ids per generator, against ids those generators produce. */
class LiveAnchorsTest {

    @Test
    void githubAndDocusaurusKeepDocsiftsAnchor() {
        // github-slugger (GitHub, Docusaurus): "C++ & Go" -> "c--go"; docsift's anchors are the same.
        assertEquals("c--go", LiveAnchors.anchor(AnchorStyle.GITHUB, "C++ & Go", "c--go"));
        assertEquals("use-cases-1", LiveAnchors.anchor(AnchorStyle.DOCUSAURUS, "Use cases", "use-cases-1"));
    }

    @Test
    void pythonMarkdownSlugify() {
        // Python-Markdown's toc.slugify: NFKD to ASCII ("žlutý" -> "zluty", its own example), \w kept, runs of
        // spaces and hyphens one hyphen; so "C++ & Go" is "c-go", where GitHub has "c--go".
        assertEquals("zluty-kun", LiveAnchors.pythonMarkdownSlug("Žlutý kůň"));
        assertEquals("c-go", LiveAnchors.pythonMarkdownSlug("C++ & Go"));
        assertEquals("select_for_update-in-django", LiveAnchors.pythonMarkdownSlug("select_for_update in Django"));
        assertEquals("python-311-over-previous-versions",
                LiveAnchors.pythonMarkdownSlug("Python 3.11 over previous versions"));
        // MkDocs' user guide, "Writing your docs": the heading "Linking to pages" has the id linking-to-pages.
        assertEquals("linking-to-pages", LiveAnchors.anchor(AnchorStyle.PYTHON_MARKDOWN, "Linking to pages",
                "linking-to-pages"));
    }

    @Test
    void pythonMarkdownNumbersRepeatsWithUnderscores() {
        assertEquals("c-go", LiveAnchors.anchor(AnchorStyle.PYTHON_MARKDOWN, "C++ & Go", "c--go"));
        assertEquals("usage_1", LiveAnchors.anchor(AnchorStyle.PYTHON_MARKDOWN, "Usage", "usage-1"));
        assertEquals("usage_2", LiveAnchors.anchor(AnchorStyle.PYTHON_MARKDOWN, "Usage", "usage-2"));
    }

    @Test
    void explicitIdsWinInEveryStyle() {
        // "## Installing {#install}": docsift keeps "install", and so do kramdown, attr_list and Docusaurus.
        for (AnchorStyle style : AnchorStyle.values()) {
            assertEquals("install", LiveAnchors.anchor(style, "Installing the package", "install"));
        }
        assertEquals(-1, LiveAnchors.repeatNumber("Installing the package", "install"));
    }

    @Test
    void leadSectionHasNoId() {
        assertEquals("", LiveAnchors.anchor(AnchorStyle.PYTHON_MARKDOWN, "", ""));
    }
}
