package docsift.search.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page is for, from its path and title; what a query's form asks for. */
class PagePurposeTest {
    @Test
    void releaseNotesAreNamedSoInPathOrTitle() {
        assertEquals(PagePurpose.RELEASE_NOTES, PagePurpose.of("Guides/Migration-Guide-V5.md", "Migration-Guide-V5"));
        assertEquals(PagePurpose.RELEASE_NOTES, PagePurpose.of("CHANGELOG.md", "Changelog"));
        assertEquals(PagePurpose.RELEASE_NOTES, PagePurpose.of("releases/v25.2.md", "What's New in v25.2"));
        assertEquals(PagePurpose.RELEASE_NOTES, PagePurpose.of("docs/WhatsNew.md", "Overview"));
        assertEquals(PagePurpose.RELEASE_NOTES, PagePurpose.of("upgrade-cockroach-version.md", "Upgrade to v25.4"));
    }

    @Test
    void guidesAndReferenceByFolderOrTitle() {
        assertEquals(PagePurpose.GUIDE, PagePurpose.of("Guides/Testing.md", "Testing"));
        assertEquals(PagePurpose.GUIDE, PagePurpose.of("docs/getting-started.md", "Getting Started"));
        assertEquals(PagePurpose.GUIDE, PagePurpose.of("tutorial/first-steps.md", "First Steps"));
        assertEquals(PagePurpose.GUIDE, PagePurpose.of("docs/cache.md", "How to cache responses"));
        assertEquals(PagePurpose.REFERENCE, PagePurpose.of("Reference/Server.md", "Server"));
        assertEquals(PagePurpose.REFERENCE, PagePurpose.of("api/routing.md", "Routing"));
        assertEquals(PagePurpose.UNKNOWN, PagePurpose.of("follower-reads.md", "Follower Reads"));
        assertEquals(PagePurpose.UNKNOWN, PagePurpose.of("how-does-a-changefeed-work.md", "How does a changefeed work?"));
    }

    @Test
    void versionsAndHowQuestionsShowInTheQuerysWords() {
        assertEquals(new QueryForm(true, false), QueryForm.of(List.of("which", "node.js", "version", "fastify", "5")));
        assertEquals(new QueryForm(true, true), QueryForm.of(List.of("how", "to", "upgrade", "to", "v25.4")));
        assertEquals(new QueryForm(false, true), QueryForm.of(List.of("why", "is", "my", "server", "unreachable")));
        assertEquals(new QueryForm(false, false), QueryForm.of(List.of("response", "trailers")));
        assertEquals(new QueryForm(false, false), QueryForm.of(List.of("FST_ERR_CTP_BODY_TOO_LARGE", "http2")));
    }
}
