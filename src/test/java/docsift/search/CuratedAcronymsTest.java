package docsift.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * General software acronyms ({@code acronyms.txt}) for corpora that write only one form: "DRF" finds the
 * section on Django REST framework, which never says DRF, and "cross-site scripting" the one that only says XSS.
 */
class CuratedAcronymsTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("web.md", """
            # Web development

            ## APIs

            Build the endpoints with Django REST framework: a serializer turns models into JSON.

            ## Templates

            Templates escape every variable, which stops XSS in the pages they render.

            ## Forms

            Forms validate what users send before it is saved.
            """);

    @Test
    void anAcronymTheCorpusNeverWritesFindsItsLongForm() throws IOException {
        SearchResponse drf = index.search("DRF");
        assertEquals("APIs", drf.hits().getFirst().heading());
        assertFalse(drf.hits().getFirst().weak(), "the spelled-out form covers the acronym");
        assertNull(drf.suggestion(), "an acronym is not a typo to correct");
    }

    @Test
    void aLongFormFindsTheSectionThatOnlyWritesTheAcronym() throws IOException {
        assertEquals("Templates", index.search("cross-site scripting").hits().getFirst().heading());
    }
}
